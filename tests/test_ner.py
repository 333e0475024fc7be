import json

import pytest
import torch
from tiny_models import NER_ENTITIES, NER_TEXT, tiny_base, tiny_tokenizer
from transformers import AutoModelForTokenClassification
from zhpolicy.data.formats import write_jsonl
from zhpolicy.data.labels import BIO_TAGS
from zhpolicy.data.lexicon import read_lexicon
from zhpolicy.data.records import Article, Entity, Official
from zhpolicy.data.spans import flat, locate_strings
from zhpolicy.data.textio import InputError
from zhpolicy.inference.cli import main
from zhpolicy.models.lexicon import Lexicon
from zhpolicy.models.ner import (
    EntityTagger,
    allowed_starts,
    allowed_transitions,
    constrained_viterbi,
    tag_spans,
    token_labels,
)
from zhpolicy.models.ner_cleanup import (
    clean_spans,
    complete_name_endings,
    cut_leading_verb,
    is_quoted_machine_name,
    place_out_of_post,
    split_at_whitespace,
)
from zhpolicy.models.officials import extract_officials
from zhpolicy.models.windows import encode_text
from zhpolicy.training.evaluate_ner import score_entities, score_officials
from zhpolicy.training.train_ner import (
    NerConfig,
    allowed_tags,
    partial_label_loss,
    train_ner,
)


def labeled(text=NER_TEXT, strings=NER_ENTITIES, **extra) -> Article:
    return Article(id=extra.pop("id", "s1"), text=text, entities=locate_strings(text, strings), **extra)


def test_constrained_viterbi_never_puts_i_after_o():
    tags = list(BIO_TAGS)
    scores = torch.full((3, len(tags)), -5.0)
    scores[0, tags.index("O")] = 0.0
    scores[1, tags.index("I-LOC")] = 0.0  # the unconstrained argmax: O I-LOC I-LOC
    scores[1, tags.index("B-LOC")] = -0.5
    scores[2, tags.index("I-LOC")] = 0.0
    path = [tags[i] for i in constrained_viterbi(scores, allowed_transitions(tags), allowed_starts(tags))]
    assert path == ["O", "B-LOC", "I-LOC"]
    assert tag_spans(path) == [(1, 3, "LOC")]


def test_clean_spans_merges_chains_and_drops_stray_characters():
    text = "景腾社区党委副书记印⋯⋯李刚说"
    spans = [Entity(0, 1, "LOC", "景"), Entity(1, 4, "LOC", "腾社区"), Entity(4, 6, "TITLE", "党委"),
             Entity(6, 9, "TITLE", "副书记"), Entity(9, 10, "LOC", "印"), Entity(10, 12, "LOC", "⋯⋯"), Entity(12, 14, "PER", "李刚")]
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("景腾社区", "LOC"), ("党委副书记", "TITLE"), ("李刚", "PER")]


def spans_of(text, pieces):
    """Entities from ``(substring, type)`` pairs found left to right in ``text``."""
    found, at = [], 0
    for piece, kind in pieces:
        start = text.index(piece, at)
        found.append(Entity(start, start + len(piece), kind, piece))
        at = start + len(piece)
    return found


def test_clean_spans_gives_a_doubled_character_back_to_the_body():
    text = "东台市发展和改革委员会能源科科长王磊说，局局长张强到场"
    spans = spans_of(text, [("东台市发展和改革委员会能源", "ORG"), ("科科长", "TITLE"), ("王磊", "PER"), ("局局长", "TITLE"),
                            ("张强", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("东台市发展和改革委员会能源科", "ORG"), ("科长", "TITLE"), ("王磊", "PER"), ("局长", "TITLE"), ("张强", "PER")]
    # decoded in pieces (科 + 科长), the post is repaired once the pieces are merged
    pieces = spans_of(text, [("东台市发展和改革委员会能源", "ORG"), ("科", "TITLE"), ("科长", "TITLE"), ("王磊", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, pieces)][:2] == [("东台市发展和改革委员会能源科", "ORG"), ("科长", "TITLE")]
    # an untagged sub-unit between the body and the doubled character goes into the body; a clause break stops it
    text = "绍兴市柯桥区市场监督管理局登记注册科科长孔令瑶说，市场监督管理局，注册科科长李明"
    spans = spans_of(text, [("绍兴市柯桥区市场监督管理局", "ORG"), ("科", "TITLE"), ("科长", "TITLE"), ("孔令瑶", "PER"),
                            ("市场监督管理局", "ORG"), ("科科长", "TITLE"), ("李明", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("绍兴市柯桥区市场监督管理局登记注册科", "ORG"), ("科长", "TITLE"), ("孔令瑶", "PER"), ("市场监督管理局", "ORG"), ("科长", "TITLE"),
        ("李明", "PER")]


def test_clean_spans_puts_a_place_that_runs_into_an_organization_inside_it():
    text = "杭州市拱墅区祥符街道党群服务中心在杭州市，南浔区水利局"
    spans = spans_of(text, [("杭州市", "LOC"), ("拱墅区祥符街道党群服务中心", "ORG"), ("杭州市", "LOC"), ("南浔区水利局", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("杭州市拱墅区祥符街道党群服务中心", "ORG"), ("杭州市", "LOC"), ("南浔区水利局", "ORG")]


def test_clean_spans_moves_a_places_party_organ_into_the_post_after_it():
    # 泽雅镇 + 党委副书记 (LABELS.md); a named body's organ and an organ with no post after it stay ORG
    text = "泽雅镇党委副书记戴丽君，天河区社会组织党委副书记冯国伟，泽雅镇党委开会"
    spans = spans_of(text, [("泽雅镇党委", "ORG"), ("副书记", "TITLE"), ("戴丽君", "PER"),
                            ("天河区社会组织党委", "ORG"), ("副书记", "TITLE"), ("冯国伟", "PER"), ("泽雅镇党委", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("泽雅镇", "LOC"), ("党委副书记", "TITLE"), ("戴丽君", "PER"), ("天河区社会组织党委", "ORG"), ("副书记", "TITLE"),
        ("冯国伟", "PER"), ("泽雅镇党委", "ORG")]
    assert extract_officials(text, clean_spans(text, spans))[0] == Official("戴丽君", "党委副书记", "泽雅镇")


def test_clean_spans_cuts_figures_off_places_and_people_but_not_organizations():
    text = "17℃／22℃郑州晴，叶利钦23日说，仓前街道7个社区，3M公司，16℃"
    spans = spans_of(text, [("22℃郑州", "LOC"), ("叶利钦23", "PER"), ("仓前街道7", "LOC"), ("3M公司", "ORG"), ("16℃", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("郑州", "LOC"), ("叶利钦", "PER"), ("仓前街道", "LOC"), ("3M公司", "ORG")]
    assert all(text[e.start : e.end] == e.text for e in clean_spans(text, spans))


def test_clean_spans_completes_a_name_cut_inside_its_ending_and_splits_a_post_out_of_a_name():
    text = "广州市天河区启智社会工作服务中心主任温晓敏，湖杭铁路安置房，路桥区实验小学校长葛丽萍说"
    spans = spans_of(text, [("广州市天河区启智社会工作服务中", "ORG"), ("主任", "TITLE"), ("温晓敏", "PER"), ("湖杭铁", "LOC"),
                            ("路桥区实验小学校", "ORG"), ("长葛丽萍", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("广州市天河区启智社会工作服务中心", "ORG"), ("主任", "TITLE"), ("温晓敏", "PER"), ("湖杭铁路", "LOC"),
        ("路桥区实验小学", "ORG"), ("校长", "TITLE"), ("葛丽萍", "PER")]
    assert all(text[e.start : e.end] == e.text for e in cleaned)
    assert extract_officials(text, cleaned) == [
        Official("温晓敏", "主任", "广州市天河区启智社会工作服务中心"), Official("葛丽萍", "校长", "路桥区实验小学")]
    # a span that already ends its name, or whose next characters belong to another span, stays as it is
    text = "服务中心理事会，杭州研究院长李明，浙江大学校友会"
    spans = spans_of(text, [("服务中心", "ORG"), ("杭州研究", "ORG"), ("院长", "TITLE"), ("李明", "PER"), ("浙江大学", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["服务中心", "杭州研究", "院长", "李明", "浙江大学"]


def test_clean_spans_reads_an_organization_that_is_only_a_place_as_a_place():
    text = "双浦镇“红谱浦”机制，杭州市西湖区，南浔区水利局，晋察冀军区，五里镇政府"
    spans = spans_of(text, [("双浦镇", "ORG"), ("杭州市", "LOC"), ("西湖区", "ORG"), ("南浔区水利局", "ORG"),
                            ("晋察冀军区", "ORG"), ("五里镇政府", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("双浦镇", "LOC"), ("杭州市西湖区", "LOC"), ("南浔区水利局", "ORG"), ("晋察冀军区", "ORG"), ("五里镇政府", "ORG")]


def test_clean_spans_cuts_a_place_at_the_predicate_it_runs_into():
    text = "余杭区大力推进，南浔推动石淙镇项目，杭州市余杭区，开展村"
    spans = spans_of(text, [("余杭区大力", "LOC"), ("南浔推动石淙镇", "LOC"), ("杭州市余杭区", "LOC"), ("开展村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["余杭区", "南浔", "石淙镇", "杭州市余杭区", "开展村"]
    text = "拱墅区出台养老政策，南浔区水利局开展培训"
    spans = spans_of(text, [("拱墅区出台", "ORG"), ("南浔区水利局", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("拱墅区", "LOC"), ("南浔区水利局", "ORG")]


def test_clean_spans_reads_one_name_the_same_way_throughout_a_text():
    text = "仓前街道万和社区，仓前街道居民；中国乡建院院长，也是中国乡建院的试点；南浔区水利局在南浔，南浔已完成，南浔将，南浔推进，斜桥镇新增，斜桥镇新"
    spans = spans_of(text, [
        ("仓前街道", "LOC"), ("前街道", "LOC"),            # cut short: 仓 is left out
        ("中国乡建院", "ORG"), ("中国", "ORG"),            # cut short: 乡建院 is left out
        ("南浔区水利局", "ORG"), ("南浔", "LOC"), ("南浔", "ORG"), ("南浔", "PER"), ("南浔", "LOC"),  # LOC in two of four
        ("斜桥镇", "LOC"), ("斜桥镇新", "LOC"),            # 斜桥镇新 does not end like a name
    ])
    cleaned = [(e.text, e.type) for e in clean_spans(text, spans)]
    assert cleaned == [("仓前街道", "LOC"), ("仓前街道", "LOC"), ("中国乡建院", "ORG"), ("中国乡建院", "ORG"),
                       ("南浔区水利局", "ORG"), ("南浔", "LOC"), ("南浔", "LOC"), ("南浔", "LOC"), ("南浔", "LOC"),
                       ("斜桥镇", "LOC"), ("斜桥镇新", "LOC")]
    # the text may read only the tail of the longer name; it grows as far as the text reads it, not into a word
    text = "拱墅区和睦街道颐乐园养老院开业。颐乐园养老院院长说，义乌市商城集团在义乌市场，大颐乐园养老院"
    spans = spans_of(text, [("拱墅区和睦街道颐乐园养老院", "ORG"), ("乐园养老院", "ORG"), ("义乌市商城集团", "ORG"),
                            ("义乌", "LOC"), ("乐园养老院", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == [
        "拱墅区和睦街道颐乐园养老院", "颐乐园养老院", "义乌市商城集团", "义乌", "乐园养老院"]
    # a person's name cut short is completed only where the text reads it whole
    text = "护理员阙小敏正在工作。阙小敏是本地人，小敏说"
    spans = spans_of(text, [("阙小敏", "PER"), ("小敏", "PER"), ("小敏", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["阙小敏", "阙小敏", "小敏"]
    # a name tagged once is tagged where the text mentions it again as whole words; not inside another word,
    # not inside a quoted programme; a two-character place only where the mention is one word (南浔, not 莲|都市场) or
    # a water's name jieba knows no word of (元|荡), and no two-character organization (美团)
    text = "三角乡党委说。三角乡地处鄱阳湖畔，南浔在南浔，三角乡镇，“三角乡”行动。元荡湖面，元荡，买莲都市场，莲都，美团和美团"
    spans = spans_of(text, [("三角乡", "LOC"), ("南浔", "LOC"), ("元荡", "LOC"), ("元荡", "LOC"), ("莲都", "LOC"),
                            ("莲都", "LOC"), ("美团", "ORG")])
    spans = [e for e in spans if e.start not in (text.index("元荡"), text.index("莲都"))]
    assert [(e.text, e.start) for e in clean_spans(text, spans)] == [
        ("三角乡", 0), ("三角乡", 7), ("南浔", 17), ("南浔", 20), ("元荡", text.index("元荡")), ("元荡", text.rindex("元荡")),
        ("莲都", text.rindex("莲都")), ("美团", text.index("美团"))]


def test_clean_spans_drops_generic_words_and_residents_named_by_honorifics():
    text = "全国：乡村振兴，供电所所长，交警部门，湖州市南浔区"
    spans = spans_of(text, [("全国", "LOC"), ("乡村", "LOC"), ("供电所", "ORG"), ("交警", "ORG"), ("湖州市南浔区", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["湖州市南浔区"]
    text = "村民刘大伯说，阿婆笑了，王磊先生来了，赵大哥在苏州，以4∶1获胜"
    spans = spans_of(text, [("刘大伯", "PER"), ("阿婆", "PER"), ("王磊", "PER"), ("赵大哥", "LOC"), ("苏州", "LOC"),
                            ("4∶1", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["王磊", "苏州"]


def test_clean_spans_drops_bodies_named_by_their_level_alone_and_roles_read_as_posts():
    text = "县应急管理局局长张建国说，市委统战部、县委和市南区民政局，本报讯（通讯员 孙丽）"
    spans = spans_of(text, [("县应急管理局", "ORG"), ("局长", "TITLE"), ("张建国", "PER"), ("市委统战部", "ORG"),
                            ("县委", "ORG"), ("市南区民政局", "ORG"), ("通讯员", "TITLE"), ("孙丽", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("局长", "TITLE"), ("张建国", "PER"), ("市南区民政局", "ORG"), ("孙丽", "PER")]
    # a byline is no official; the post of a body named by its level has no org
    assert extract_officials(text, cleaned) == [Official("张建国", "局长", None)]
    # a group's delegate is a role; a congress's is a post
    text = "会见来访的客商代表和村民代表，全国人大代表王芳"
    spans = spans_of(text, [("客商代表", "TITLE"), ("村民", "TITLE"), ("代表", "TITLE"), ("全国人大", "ORG"), ("代表", "TITLE"),
                            ("王芳", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("全国人大", "ORG"), ("代表", "TITLE"), ("王芳", "PER")]


def test_level_committee_goes_into_the_post_and_a_level_body_does_not_break_a_chain_of_posts():
    text = "县委副书记、县长王建华，市委书记、市人大常委会主任王浩，市领导李强，乡党委书记吴晓东汇报，居委会主任陈美华"
    spans = spans_of(text, [("县委", "ORG"), ("副书记", "TITLE"), ("县长", "TITLE"), ("王建华", "PER"), ("市委", "ORG"),
                            ("书记", "TITLE"), ("主任", "TITLE"), ("王浩", "PER"), ("市领导", "TITLE"), ("李强", "PER"),
                            ("书记", "TITLE"), ("吴晓东汇", "PER"), ("居委会", "ORG"), ("主任", "TITLE"), ("陈美华", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("县委副书记", "TITLE"), ("县长", "TITLE"), ("王建华", "PER"), ("市委书记", "TITLE"), ("主任", "TITLE"),
        ("王浩", "PER"), ("李强", "PER"), ("党委书记", "TITLE"), ("吴晓东", "PER"), ("居委会主任", "TITLE"), ("陈美华", "PER")]
    assert extract_officials(text, cleaned) == [
        Official("王建华", "县委副书记", None), Official("王建华", "县长", None), Official("王浩", "市委书记", None),
        Official("王浩", "主任", None), Official("吴晓东", "党委书记", None), Official("陈美华", "居委会主任", None)]


def test_a_county_congress_goes_into_its_post_and_a_verb_or_a_level_body_read_as_a_place_is_none():
    text = "县委书记徐建国主持召开会议，县人大常委会主任陈国华出席。胡晓军是市农业农村局派驻干部"
    spans = spans_of(text, [("县委", "ORG"), ("书记", "TITLE"), ("徐建国", "PER"), ("主持", "TITLE"),
                            ("县人大常委会", "ORG"), ("主任", "TITLE"), ("陈国华", "PER"), ("胡晓军", "PER"),
                            ("市农业农村", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("县委书记", "TITLE"), ("徐建国", "PER"), ("县人大常委会主任", "TITLE"), ("陈国华", "PER"), ("胡晓军", "PER")]
    assert extract_officials(text, cleaned) == [Official("徐建国", "县委书记", None), Official("陈国华", "县人大常委会主任", None)]


def test_bodies_named_by_their_level_go_into_their_posts_and_a_bare_working_committee_is_no_body():
    text = "市政府秘书长林晓东参加。省委组织部副部长、省委两新工委书记孙志刚讲话，杭州市政府发文"
    spans = spans_of(text, [("市政府", "ORG"), ("秘书长", "TITLE"), ("林晓东", "PER"), ("省委组织部", "ORG"),
                            ("副部长", "TITLE"), ("省委", "ORG"), ("工委", "ORG"), ("书记", "TITLE"), ("孙志刚", "PER"),
                            ("杭州市政府", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("市政府秘书长", "TITLE"), ("林晓东", "PER"), ("副部长", "TITLE"), ("书记", "TITLE"), ("孙志刚", "PER"),
        ("杭州市政府", "ORG")]
    # the untagged 省委两新工委 is a body named by its level: both posts are his
    assert extract_officials(text, cleaned) == [
        Official("林晓东", "市政府秘书长", None), Official("孙志刚", "副部长", None), Official("孙志刚", "书记", None)]
    # the Youth League's level committee is no body, and goes into its post; a later post with a level body of its
    # own does not take the body written before the first post
    text = "由团县委主办。团县委书记吴敏，新昌县人大常委会副主任、县总工会主席俞国平"
    spans = spans_of(text, [("团县委", "ORG"), ("团县委", "ORG"), ("书记", "TITLE"), ("吴敏", "PER"),
                            ("新昌县人大常委会", "ORG"), ("副主任", "TITLE"), ("县总工会", "ORG"), ("主席", "TITLE"),
                            ("俞国平", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("团县委书记", "TITLE"), ("吴敏", "PER"), ("新昌县人大常委会", "ORG"), ("副主任", "TITLE"),
        ("县总工会主席", "TITLE"), ("俞国平", "PER")]
    assert extract_officials(text, cleaned) == [
        Official("吴敏", "团县委书记", None), Official("俞国平", "副主任", "新昌县人大常委会"),
        Official("俞国平", "县总工会主席", None)]


def test_policy_terms_nicknames_and_bare_party_departments_are_no_entities():
    text = "建设美丽乡村和美丽城镇，社工小周正在量血压，林阿公说。组织部部长李晓红到办事处调研"
    spans = spans_of(text, [("美丽乡村", "LOC"), ("美丽城", "LOC"), ("周正", "PER"), ("林阿公", "PER"), ("组织部", "ORG"),
                            ("部长", "TITLE"), ("李晓红", "PER"), ("办事处", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("组织部部长", "TITLE"), ("李晓红", "PER")]


def test_a_kind_of_body_and_a_head_s_character_read_apart_are_one_post():
    """江山市贺村镇，镇党委委员、武装部|长刘建华 (a local-style sentence; the tagger read the kind as a body and 长 as the post):
    a body by its kind is no entity, and its head is 武装部长, as 人武部部长 is a post."""
    text = "在江山市贺村镇，镇党委委员、武装部长刘建华正带领民兵开展防汛演练，水利站长周明也到了现场。"
    spans = spans_of(text, [("江山市贺村镇", "LOC"), ("党委委员", "TITLE"), ("武装部", "ORG"), ("长", "TITLE"), ("刘建华", "PER"),
                            ("水利站", "ORG"), ("长", "TITLE"), ("周明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("江山市贺村镇", "LOC"), ("党委委员", "TITLE"), ("武装部长", "TITLE"), ("刘建华", "PER"), ("水利站长", "TITLE"), ("周明", "PER")]
    assert Official("刘建华", "武装部长", "江山市贺村镇") in extract_officials(text, cleaned)


def test_members_of_committees_are_posts_and_typhoons_and_bare_venues_are_no_entities():
    text = "省委常委、组织部部长王成国来到党群服务中心。小南海镇党委委员、人武部部长郑伟说，台风“桃芝”将登陆"
    spans = spans_of(text, [("省委常委", "ORG"), ("组织部", "ORG"), ("部长", "TITLE"), ("王成国", "PER"),
                            ("党群服务中心", "ORG"), ("小南海镇党委委员", "ORG"), ("人武部", "ORG"), ("部长", "TITLE"),
                            ("郑伟", "PER"), ("台风", "LOC"), ("桃芝", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("省委常委", "TITLE"), ("组织部部长", "TITLE"), ("王成国", "PER"), ("小南海镇", "LOC"), ("党委委员", "TITLE"),
        ("人武部部长", "TITLE"), ("郑伟", "PER")]
    assert extract_officials(text, cleaned)[2:] == [Official("郑伟", "党委委员", "小南海镇"), Official("郑伟", "人武部部长", "小南海镇")]


def test_a_grid_is_its_place_and_a_union_or_supervisory_committee_goes_into_the_post():
    text = "龙泉电网负荷增长，杭州电网和国家电网。省人大常委会副主任、省总工会主席陈小平，村监委会主任俞国平"
    spans = spans_of(text, [("龙泉", "ORG"), ("杭州电网", "ORG"), ("国家电网", "ORG"), ("省人大常委会", "ORG"),
                            ("副主任", "TITLE"), ("省总工会", "ORG"), ("主席", "TITLE"), ("陈小平", "PER"),
                            ("村监委会", "ORG"), ("主任", "TITLE"), ("俞国平", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("龙泉", "LOC"), ("杭州", "LOC"), ("国家电网", "ORG"), ("省人大常委会副主任", "TITLE"), ("省总工会主席", "TITLE"),
        ("陈小平", "PER"), ("村监委会主任", "TITLE"), ("俞国平", "PER")]
    assert [o.title for o in extract_officials(text, cleaned)] == ["省人大常委会副主任", "省总工会主席", "村监委会主任"]


def test_a_bureau_named_by_its_kind_alone_is_none_and_a_place_bureau_stays():
    text = "副市长、公安局局长郑斌说，硚口区应急管理局副局长谌立军到场"
    spans = spans_of(text, [("副市长", "TITLE"), ("公安局", "ORG"), ("局长", "TITLE"), ("郑斌", "PER"),
                            ("硚口区应急管理局", "ORG"), ("副局长", "TITLE"), ("谌立军", "PER")])
    cleaned = clean_spans(text, spans)
    # (jieba's dictionary tags 硚口区 as a verb; a verb before a generic word is what is_generic drops)
    assert [(e.text, e.type) for e in cleaned] == [
        ("副市长", "TITLE"), ("局长", "TITLE"), ("郑斌", "PER"), ("硚口区应急管理局", "ORG"), ("副局长", "TITLE"), ("谌立军", "PER")]


def test_nothing_inside_a_document_title_and_no_area_word_or_count_on_a_place():
    text = "《浙江省农村供水管理条例》施行，《浙江日报》报道，浦阳江流域出现洪水，桃林、安坝两村和东四街道"
    spans = spans_of(text, [("浙江省", "LOC"), ("浙江日报", "ORG"), ("浦阳江流域", "LOC"), ("桃林", "LOC"),
                            ("安坝两村", "LOC"), ("东四街道", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("浙江日报", "ORG"), ("浦阳江", "LOC"), ("桃林", "LOC"), ("安坝", "LOC"), ("东四街道", "LOC")]


def test_the_area_around_a_lake_sea_or_state_is_the_place_alone():
    """环|太湖: MSRA and People's Daily tag the place after 环 (环|渤海|经济圈, 环|太平洋|航行), the tagger read 环 and
    a character of jieba's word into the lake (环铜|鉴湖, on a Zhejiang page); a route or county named with 环 stays."""
    text = "在铜鉴湖景区、环铜鉴湖5个村，环北部湾水资源配置，环贵州高速公路开建，环江毛南族自治县"
    spans = spans_of(text, [("铜鉴湖景区", "LOC"), ("环铜鉴湖", "LOC"), ("环北部湾", "LOC"), ("环贵州高速公路", "LOC"),
                            ("环江毛南族自治县", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["铜鉴湖景区", "铜鉴湖", "北部湾", "环贵州高速公路",
                                                          "环江毛南族自治县"]
    # a mention of the lake that the tagger opened one character late (环铜|鉴湖, jieba's cut) gets that character
    text = "发布了双浦镇环铜鉴湖“五朵金花”品牌。双浦镇在铜鉴湖景区、环铜鉴湖5个村布点"
    spans = spans_of(text, [("双浦镇", "LOC"), ("鉴湖", "LOC"), ("双浦镇", "LOC"), ("铜鉴湖景区", "LOC"), ("环铜鉴湖", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["双浦镇", "铜鉴湖", "双浦镇", "铜鉴湖景区", "铜鉴湖"]


def test_asia_of_the_asian_games_is_no_place():
    """亚 opens 亚运会 and 亚残运会 (the Asian Games, Hangzhou's in Zhejiang news): LABELS.md tags nothing inside an
    event's name, the host city before it stays a place (杭州|亚运会); the tagger read 亚 as a LOC (杭州|亚|残运会, CCTV
    news). 东南亚 before 运输 keeps its 亚."""
    text = "杭州亚残运会倒计时，为迎接杭州亚运会和亚残运会，东南亚运输市场"
    spans = spans_of(text, [("杭州亚", "LOC"), ("杭州", "LOC"), ("亚", "LOC"), ("亚", "LOC"), ("东南亚", "LOC")])
    assert [(e.start, e.text) for e in clean_spans(text, spans)] == [(0, "杭州"), (13, "杭州"), (24, "东南亚")]


def test_a_place_and_its_direction_read_as_a_body_is_the_place():
    """荆州位于湖北中南部 (CCTV news): the tagger read 湖北中南部 as an ORG, the 部 of 中南部 looking like a body's;
    a part of a place named by its direction is the place, the direction left off (LABELS.md: generic words after a
    name stay out)."""
    text = "荆州位于湖北中南部，浙江西南部山区"
    spans = spans_of(text, [("荆州", "LOC"), ("湖北中南部", "ORG"), ("浙江西南部", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("荆州", "LOC"), ("湖北", "LOC"), ("浙江", "LOC")]


def test_a_clause_opener_read_into_a_name_the_text_tags_alone_is_cut_off():
    """可海城乡老百姓… beside 海城乡 (CCTV news; jieba reads 可海 as a word): the conjunction goes; 但明州当地媒体 beside
    明州 too. A name that opens with such a character and is not tagged shorter elsewhere stays (都江堰, made whole
    with its irrigation district since stop 71: 都江堰灌区)."""
    text = "海城乡石漠化严重。可海城乡老百姓有过失败经历。明州警方说，但明州当地媒体报道。都江堰灌区，江堰"
    spans = spans_of(text, [("海城乡", "LOC"), ("可海城乡", "LOC"), ("明州", "LOC"), ("但明州", "LOC"), ("都江堰", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["海城乡", "海城乡", "明州", "明州", "都江堰灌区"]


def test_a_meetings_venue_after_a_place_is_cut_off_it():
    """在全国政协机关主会场和贵州、云南分会场参会 (CCTV news): the branch venue is no name, the province is the place."""
    text = "委员在全国政协机关主会场和贵州、云南分会场参会"
    spans = spans_of(text, [("全国政协", "ORG"), ("贵州", "LOC"), ("云南分会场", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["全国政协", "贵州", "云南"]


def test_a_road_named_by_its_number_keeps_it():
    """横贯县境的１０８国道和省道 (MSRA's gold LOC): numerals are cut off places (28℃|福州), but a national or provincial road or
    a line named by its number keeps it; cutting it left the generic 国道."""
    text = "横贯县境的１０８国道和省道台运线，17℃郑州，乘地铁2号线"
    spans = spans_of(text, [("１０８国道", "LOC"), ("17℃郑州", "LOC"), ("地铁2号线", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["１０８国道", "郑州", "地铁2号线"]


def test_a_surname_before_a_post_it_names_is_not_given_the_post_as_its_name():
    """事后，胡秘书跟我讲 (MSRA): 胡 + 秘书 is a post named by its holder's surname (LABELS.md's 罗部长), not 胡秘书 the
    person, though 秘书 ends like 战书 (栗|战书 → 栗战书 stays)."""
    text = "事后，胡秘书跟我讲。栗战书出席"
    spans = spans_of(text, [("胡", "PER"), ("秘书", "TITLE"), ("栗", "PER"), ("战书", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type == "PER"] == [("栗战书", "PER")]


def test_the_whole_army_is_no_organization():
    """全军和武警部队官兵 (CCTV news): 全军 names no particular body, as 全国 names no place (LABELS.md)."""
    text = "全军和武警部队官兵认真收看"
    spans = spans_of(text, [("全军", "ORG"), ("武警部队", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["武警部队"]


def test_a_places_schools_as_a_kind_are_the_place():
    """贵州中小学、幼儿园全部实施春假 (CCTV news): the place's schools as a kind are no one body; the place is a LOC."""
    text = "贵州中小学、幼儿园全部实施春假，江苏高校毕业生"
    spans = spans_of(text, [("贵州中小学", "ORG"), ("江苏高校", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("贵州", "LOC"), ("江苏", "LOC")]


def test_a_railway_named_by_two_abbreviations_is_one_place_when_only_the_first_was_tagged():
    """连接江西赣州和深圳的赣深高铁正在进行轨道精调 (CCTV news): the tagger read 赣 alone; the line named by the
    abbreviations of the places it joins is one LOC (LABELS.md: railways are places). Not across a joiner (赣|至深高铁)."""
    text = "赣深高铁正在进行轨道精调，京至港高铁"
    spans = spans_of(text, [("赣", "LOC"), ("京", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["赣深高铁", "京"]


def test_a_rivers_mouth_is_cut_off_the_river():
    """来到位于长江入海口的南通市 (CCTV news): the mouth is a part of the river, as 上游 is (LABELS.md: generic words after
    a name stay out)."""
    text = "来到位于长江入海口的南通市"
    spans = spans_of(text, [("长江入海口", "LOC"), ("南通市", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["长江", "南通市"]


def test_a_professional_rank_is_no_post_but_a_chief_engineer_is():
    """彭阳县自然资源局高级林业工程师杨凤鹏 (CCTV news), 工程师钱思远 (the written labels tag no TITLE there): a
    professional rank is no post; 海曙区水利局总工程师竺立群 is (the written labels' TITLE)."""
    text = "彭阳县自然资源局高级林业工程师杨凤鹏说，海曙区水利局总工程师竺立群介绍"
    spans = spans_of(text, [("彭阳县自然资源局", "ORG"), ("高级林业工程师", "TITLE"), ("杨凤鹏", "PER"),
                            ("海曙区水利局", "ORG"), ("总工程师", "TITLE"), ("竺立群", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["总工程师"]
    assert {(o.name, o.title) for o in extract_officials(text, cleaned)} == {("竺立群", "总工程师")}


def test_a_rivers_banks_are_cut_off_the_river_but_the_strait_keeps_its_two_sides():
    """分布在南河两岸的这个村子 (CCTV news): the banks are no part of the river's name; 海峡两岸 stays whole (People's
    Daily's and MSRA's gold LOC, the two sides of the strait)."""
    text = "分布在南河两岸的这个村子，海峡两岸交流"
    spans = spans_of(text, [("南河两岸", "LOC"), ("海峡两岸", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["南河", "海峡两岸"]


def test_a_schools_branch_read_as_places_is_an_organization():
    """海慧幼儿园宋家山分园项目 (the example page's wording; the tagger read 海慧幼儿园 and 宋家山分园 as places, and the merge
    made one LOC): a school's or hospital's branch is an ORG, as every gold span ending so in the corpora is (保定一中分校);
    a campus alone stays a place (伯克利校区, MSRA)."""
    text = "推进海慧幼儿园宋家山分园项目，加州大学伯克利校区"
    spans = spans_of(text, [("海慧幼儿园", "LOC"), ("宋家山分园", "LOC"), ("伯克利校区", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("海慧幼儿园宋家山分园", "ORG"), ("伯克利校区", "LOC")]


def test_a_country_read_as_a_body_before_its_athletes_is_the_place():
    """中国选手苏炳添获得第8名; 西班牙选手穆古鲁扎战胜瑞士选手 (CCTV news): a place used as a modifier is a LOC (LABELS.md;
    the written labels' 恩施选手, 宁波选手); a team keeps its 队 (中国队)."""
    text = "中国选手苏炳添获得第8名，西班牙选手穆古鲁扎战胜瑞士选手，中国队夺冠"
    spans = spans_of(text, [("中国", "ORG"), ("苏炳添", "PER"), ("西班牙", "ORG"), ("穆古鲁扎", "PER"), ("瑞士", "ORG"),
                            ("中国队", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "PER"] == [
        ("中国", "LOC"), ("西班牙", "LOC"), ("瑞士", "LOC"), ("中国队", "ORG")]


def test_nuclear_is_cut_off_the_country_it_follows():
    """美国轰炸伊朗核设施, 伊朗核问题全面协议 (CCTV news: 伊朗核 read as one LOC 18 times in 4,000 stories): 核 opens the
    word after the country (核设施, 核问题)."""
    text = "美国轰炸伊朗核设施，伊朗核问题全面协议"
    spans = spans_of(text, [("美国", "LOC"), ("伊朗核", "LOC"), ("伊朗核", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["美国", "伊朗", "伊朗"]


def test_the_satellite_system_before_its_number_or_word_is_no_place():
    """成功发射第五十颗北斗导航卫星, 在建的北斗三号系统 (CCTV news, the tagger reading 北斗 alone as a LOC): a product's name,
    which LABELS.md does not tag."""
    text = "成功发射第五十颗北斗导航卫星，在建的北斗三号系统，北斗组网"
    spans = spans_of(text, [("北斗", "LOC"), ("北斗", "LOC"), ("北斗", "ORG")])
    assert clean_spans(text, spans) == []


def test_a_full_name_jieba_knows_is_not_completed_by_the_character_after_it():
    """学习习近平新时代中国特色社会主义思想 twice in a text (CCTV news): the character after every mention (新) opens the
    next word; 习近平 is a whole name of jieba's dictionary, so it is not read on (香九|妹 still is)."""
    text = "学习习近平新时代中国特色社会主义思想，以习近平新时代中国特色社会主义思想为指导。香九妹说，香九妹表示"
    spans = spans_of(text, [("习近平", "PER"), ("习近平", "PER"), ("香九", "PER"), ("香九", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["习近平", "习近平", "香九妹", "香九妹"]


def test_a_names_last_character_read_as_a_post_before_the_post_goes_back_to_the_name():
    """栗战书委员长主持会议 (CCTV news): the tagger read 栗战 + 书 (TITLE) + 委员长, and the merge made 书委员长; a post of one
    character between a name and its post is the name's last."""
    text = "栗战书委员长主持会议。"
    spans = spans_of(text, [("栗战", "PER"), ("书", "TITLE"), ("委员长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("栗战书", "PER"), ("委员长", "TITLE")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("栗战书", "委员长")]


def test_animals_of_wildlife_stories_and_courtyard_houses_are_no_names():
    """眼前这几只美丽的丹顶鹤…丹顶鹤一周岁 (CCTV news: read as a person once and spread to every mention), 看四合院古迹: no
    person, place or body."""
    text = "眼前这几只美丽的丹顶鹤，刚刚迎来一周岁生日。丹顶鹤一周岁。来北京什刹海看四合院古迹"
    spans = spans_of(text, [("丹顶鹤", "PER"), ("丹顶鹤", "PER"), ("北京", "LOC"), ("什刹海", "LOC"), ("四合院", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["北京什刹海"]  # adjacent places merge


def test_a_verb_or_noun_read_as_a_post_beside_a_leader_is_no_post():
    """奥利高度评价习近平主席提出的倡议, 习近平主席的主旨发言, 法国组合帕帕达吉斯 (CCTV news): 评价, 主旨 and 组合 were read as
    posts; no post, so no official of them."""
    text = "奥利高度评价习近平主席提出的倡议，认为习近平主席的主旨发言意义重大。法国组合帕帕达吉斯夺冠"
    spans = spans_of(text, [("奥利", "PER"), ("评价", "TITLE"), ("习近平", "PER"), ("主席", "TITLE"), ("习近平", "PER"),
                            ("主席", "TITLE"), ("主旨", "TITLE"), ("法国", "LOC"), ("组合", "TITLE"), ("帕帕达吉斯", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "TITLE"] == ["主席", "主席"]


def test_departments_a_body_sets_up_inside_it_are_no_organizations():
    """The example page's cooperative sets up departments named by their work alone (合作社内部成立信用合作部、资产盘活部
    …等部门): LABELS.md tags no bare body type, so neither their list nor a later mention (通过资产盘活部) is an ORG. A
    ministry a government sets up (组建了信息产业部, MSRA's gold) is not set up inside a body and stays."""
    text = "在合作社内部成立信用合作部、资产盘活部等部门，通过资产盘活部梳理公房。国务院组建了信息产业部，公司下设市场部"
    spans = spans_of(text, [("合作社", "ORG"), ("信用合作部", "ORG"), ("资产盘活部", "ORG"), ("资产盘活部", "ORG"),
                            ("国务院", "ORG"), ("信息产业部", "ORG"), ("市场部", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("国务院", "ORG"), ("信息产业部", "ORG")]


def test_a_subdistricts_office_and_a_zones_committee_are_its_body_or_part_of_the_post():
    """The written labels tag 白云街道办事处 and 合肥高新区管委会 as ORGs before 副主任; written bare after the
    subdistrict's party post (街道党工委副书记、办事处主任, the way Zhejiang papers name a 街道's head), the office
    is part of the post as 管委会 is (管委会主任), and the subdistrict is the body of both posts."""
    text = "白云街道办事处副主任孙晓燕说，北山街道党工委副书记、办事处主任张伟表示，甬江科创区管委会主任孙立军介绍"
    spans = spans_of(text, [("白云街道", "LOC"), ("副主任", "TITLE"), ("孙晓燕", "PER"), ("北山街道", "LOC"),
                            ("党工委副书记", "TITLE"), ("主任", "TITLE"), ("张伟", "PER"), ("甬江科创区", "LOC"),
                            ("主任", "TITLE"), ("孙立军", "PER")])
    entities = clean_spans(text, spans)
    assert [(e.text, e.type) for e in entities] == [
        ("白云街道办事处", "ORG"), ("副主任", "TITLE"), ("孙晓燕", "PER"), ("北山街道", "LOC"), ("党工委副书记", "TITLE"),
        ("办事处主任", "TITLE"), ("张伟", "PER"), ("甬江科创区管委会", "ORG"), ("主任", "TITLE"), ("孙立军", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, entities)] == [
        ("孙晓燕", "副主任", "白云街道办事处"), ("张伟", "党工委副书记", "北山街道"), ("张伟", "办事处主任", "北山街道"),
        ("孙立军", "主任", "甬江科创区管委会")]


def test_disaster_work_read_as_a_body_is_no_name():
    """检查防汛防台工作 (Zhejiang's flood and typhoon work): the tagger read the work as an ORG after the headquarters
    named for it (县防汛防台抗旱指挥部, which stays a body)."""
    text = "王剑侯一行来到文成县，检查防汛防台工作，永嘉县防汛防台抗旱指挥部发布通知"
    spans = spans_of(text, [("王剑侯", "PER"), ("文成县", "LOC"), ("防汛防台", "ORG"), ("永嘉县防汛防台抗旱指挥部", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["王剑侯", "文成县", "永嘉县防汛防台抗旱指挥部"]


def test_a_quoted_service_venue_and_a_town_government_are_organizations():
    text = "枣园社区的“红色议事厅”里，五里镇政府和香港特区政府"
    spans = spans_of(text, [("枣园社区", "LOC"), ("红色议事厅", "LOC"), ("五里镇", "LOC"), ("香港特区", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("枣园社区", "LOC"), ("红色议事厅", "ORG"), ("五里镇政府", "ORG"), ("香港特区", "LOC")]


def test_clean_spans_mends_what_local_news_shows_the_tagger_doing():
    text = "台州市委常委、温岭市委书记李斌陪同。由“银发志愿服务队”和街道社工站牵头，队长沈阿姨说，社区党委书记陈美华，“旅行者”号"
    spans = spans_of(text, [("台州市委常委", "ORG"), ("温岭市委", "ORG"), ("书记", "TITLE"), ("李斌", "PER"),
                            ("“银发志愿服务队", "ORG"), ("街道社工站", "ORG"), ("队长", "TITLE"), ("沈阿", "PER"),
                            ("社区党委", "ORG"), ("书记", "TITLE"), ("陈美华", "PER"), ("“旅行者”号", "ORG")])
    cleaned = clean_spans(text, spans)
    # a standing member is a post; an unpaired quote stays outside the name, a pair inside it stays;
    # a body or a place named by its level alone is none; 沈阿|姨 is a resident, so 队长 is no named person's post
    assert [(e.text, e.type) for e in cleaned] == [
        ("台州市委", "ORG"), ("常委", "TITLE"), ("温岭市委", "ORG"), ("书记", "TITLE"), ("李斌", "PER"),
        ("银发志愿服务队", "ORG"), ("党委书记", "TITLE"), ("陈美华", "PER"), ("“旅行者”号", "ORG")]
    assert extract_officials(text, cleaned)[:2] == [Official("李斌", "常委", "台州市委"), Official("李斌", "书记", "温岭市委")]
    text = "中共中央政治局常委、国务院副总理韩正出席"
    spans = spans_of(text, [("中共中央政治局常委", "ORG"), ("国务院", "ORG"), ("副总理", "TITLE"), ("韩正", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)][:2] == [("中共中央政治局", "ORG"), ("常委", "TITLE")]


def test_a_member_of_a_congress_is_a_post_after_the_body():
    text = "全国人大代表、浙江传化集团董事长徐冠巨，省政协委员李华"
    spans = spans_of(text, [("全国人大代", "ORG"), ("浙江传化集团", "ORG"), ("董事长", "TITLE"), ("徐冠巨", "PER"),
                            ("省政协", "ORG"), ("委员", "TITLE"), ("李华", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("全国人大", "ORG"), ("代表", "TITLE"), ("浙江传化集团", "ORG"), ("董事长", "TITLE"), ("徐冠巨", "PER"),
        ("省政协委员", "TITLE"), ("李华", "PER")]
    assert extract_officials(text, cleaned)[:2] == [Official("徐冠巨", "代表", "全国人大"), Official("徐冠巨", "董事长", "浙江传化集团")]


def test_a_named_place_read_into_a_post_is_its_own_place():
    text = "乐清市南岳镇民主村第一书记王建国、城关镇东门社区党委书记林晓红、下陈村村委会主任周宏伟和该村党支部书记赵刚"
    spans = spans_of(text, [("乐清市南岳镇", "LOC"), ("民主村第一书记", "TITLE"), ("王建国", "PER"),
                            ("城关镇东门社区党委书记", "TITLE"), ("林晓红", "PER"), ("下陈村村委会主任", "TITLE"), ("周宏伟", "PER"),
                            ("党支部书记", "TITLE"), ("赵刚", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("乐清市南岳镇民主村", "LOC"), ("第一书记", "TITLE"), ("王建国", "PER"),
        ("城关镇东门社区", "LOC"), ("党委书记", "TITLE"), ("林晓红", "PER"),
        ("下陈村", "LOC"), ("村委会主任", "TITLE"), ("周宏伟", "PER"), ("党支部书记", "TITLE"), ("赵刚", "PER")]
    assert extract_officials(text, cleaned)[0] == Official("王建国", "第一书记", "乐清市南岳镇民主村")
    # a bare or generic place stays in the post, and a post must end like one
    for post in ("各乡镇党委书记", "村党支部书记", "新农村建设指导员"):
        assert place_out_of_post(Entity(0, len(post), "TITLE", post)) == [Entity(0, len(post), "TITLE", post)]


def test_a_verb_read_into_the_start_of_a_place_is_cut_off():
    text = "新建山塘3座，惠及乐清市南岳镇2000余户村民，服务覆盖龙泉市"
    spans = spans_of(text, [("惠及乐清市南岳镇", "LOC"), ("覆盖龙泉市", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("乐清市南岳镇", "LOC"), ("龙泉市", "LOC")]
    # places named with a verb keep it (解放 is no listed verb), and a listed verb before a bare unit stays
    for name in ("解放东路社区", "覆盖全市"):
        assert cut_leading_verb(Entity(0, len(name), "LOC", name)) == Entity(0, len(name), "LOC", name)


def test_a_chain_of_places_cut_inside_its_last_name_is_completed():
    text = "在青田县方山乡龙现村，稻鱼共生系统已有1300多年历史；县城东门外的龙现广场"
    spans = spans_of(text, [("青田县", "LOC"), ("方山乡龙", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("青田县方山乡龙现村", "LOC")]
    # no unit ahead before a clause mark, or no named unit inside the span (a bare level): left as it is
    text = "走进方山乡龙现广场，县龙现村"
    spans = spans_of(text, [("方山乡龙", "LOC"), ("县龙", "LOC")])
    assert [e.text for e in complete_name_endings(spans, text)] == ["方山乡龙", "县龙"]


def test_an_organization_that_stops_before_its_whole_ending_is_completed():
    text = "在铁岭昌图县阳宇农机服务专业合作社，农机手们正在检修；县农业农村局中心工作"
    spans = spans_of(text, [("铁岭昌图县阳宇农机服务专业", "ORG"), ("县农业农村局", "ORG")])
    # the second ends like a body already: 中心 after it is no part of its name
    assert [e.text for e in complete_name_endings(spans, text)] == ["铁岭昌图县阳宇农机服务专业合作社", "县农业农村局"]


def test_an_area_word_after_a_place_stays_out():
    """LABELS.md: generic words after a name stay out (木兰溪|流域); so do 交界, 边境, 周边, 附近, 腹地."""
    text = "在甘肃省定西市岷县、漳县交界发生地震，云南边境和成都周边"
    spans = spans_of(text, [("甘肃省定西市岷县", "LOC"), ("漳县交界", "LOC"), ("云南边境", "LOC"), ("成都周边", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["甘肃省定西市岷县", "漳县", "云南", "成都"]
    # a stretch of a river, a region's 区域, also where the span stops inside the word (长江上|游, 长三角区|域)
    text = "长江上游来水偏少，长三角区域一体化，安徽安庆主城区积水，玉龙喀什河流域中下游"
    spans = spans_of(text, [("长江上", "LOC"), ("长三角区", "LOC"), ("安徽安庆主", "LOC"), ("玉龙喀什河流域中下游", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["长江", "长三角", "安徽安庆", "玉龙喀什河"]
    # a place one character short of a dictionary place word gets it (日喀|则); not a locative (玄武湖|畔); a natural
    # area's word is given to its place since stop 69 as LABELS.md reads it (云贵|高原, which MSRA tags short)
    text = "日喀则农事新年临近，玄武湖畔游人多，云贵高原有雨"
    spans = spans_of(text, [("日喀", "LOC"), ("玄武湖", "LOC"), ("云贵", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["日喀则", "玄武湖", "云贵高原"]
    # flood news: a place runs no further than the adverb that opens its predicate; a polder's name keeps its ending
    text = "马鞍山善厚镇接连发生险情，鄱阳县乐丰联圩出现孔洞，华容县梅永固垸告急"
    spans = spans_of(text, [("马鞍山善厚镇接连", "LOC"), ("鄱阳县乐丰联", "LOC"), ("华容县梅永固", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["马鞍山善厚镇", "鄱阳县乐丰联圩", "华容县梅永固垸"]
    # a particle read into a place's start goes (的|湾东村); a transliteration that opens with 的 stays
    text = "受损最严重的湾东村附近，的里雅斯特市"
    spans = spans_of(text, [("的湾东村", "LOC"), ("的里雅斯特市", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["湾东村", "的里雅斯特市"]
    # the state of a river or lake named after it (汉江|洪峰, 元荡|湖面) stays out too
    text = "凌晨，汉江洪峰通过安康市，元荡湖面上有船，泸定县城恢复供电"
    spans = spans_of(text, [("汉江洪峰", "LOC"), ("安康市", "LOC"), ("元荡湖面", "LOC"), ("泸定县城", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["汉江", "安康市", "元荡", "泸定县"]


def test_a_surname_and_a_post_is_no_person():
    """LABELS.md: surname plus post (罗部长) is not a PER, also where the tagger stopped inside the post; the post of a
    full name (王建国|书记) is a post of a named person, and so a TITLE."""
    text = "张书记带队检查了全县山塘，罗部长也到场，王建国书记说"
    spans = spans_of(text, [("张书", "PER"), ("罗部长", "PER"), ("王建国", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("王建国", "PER"), ("书记", "TITLE")]


def test_a_place_followed_by_its_own_untagged_body_is_that_body():
    text = "长兴县人民政府副县长钱莉陪同，香港特区政府表示，丽水市水利局要求"
    spans = spans_of(text, [("长兴县", "LOC"), ("副县长", "TITLE"), ("钱莉", "PER"), ("香港特区", "LOC"), ("丽水市", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("长兴县人民政府", "ORG"), ("副县长", "TITLE"), ("钱莉", "PER"), ("香港特区", "LOC"), ("丽水市水利局", "ORG")]
    assert extract_officials(text, cleaned) == [Official("钱莉", "副县长", "长兴县人民政府")]
    # a village's collective (股份经济合作社) is its body too; a bare 村股份经济合作社 names none
    text = "西坑村股份经济合作社把农房流转，村股份经济合作社分红"
    spans = spans_of(text, [("西坑村", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("西坑村股份经济合作社", "ORG")]


def test_a_town_party_committee_is_read_as_level_and_post_and_a_short_place_name_is_a_place():
    text = "在杭州市萧山区瓜沥镇，镇党委副书记、镇长沈国强表示，瓜沥将打造示范镇。"
    spans = spans_of(text, [("杭州市萧山区瓜沥镇", "LOC"), ("镇党委", "ORG"), ("副书记", "TITLE"), ("镇长", "TITLE"),
                            ("沈国强", "PER"), ("瓜沥", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("杭州市萧山区瓜沥镇", "LOC"), ("党委副书记", "TITLE"), ("镇长", "TITLE"), ("沈国强", "PER"), ("瓜沥", "LOC")]
    # the bare level word leaves the post, and the official's body is the town named before
    assert extract_officials(text, cleaned) == [
        Official("沈国强", "党委副书记", "杭州市萧山区瓜沥镇"), Official("沈国强", "镇长", "杭州市萧山区瓜沥镇")]
    # a village the tagger ended before the level word gets it back
    text = "古方村党支部书记邵志斌说"
    spans = spans_of(text, [("古方", "LOC"), ("村党支部书记", "TITLE"), ("邵志斌", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("古方村", "LOC"), ("党支部书记", "TITLE"), ("邵志斌", "PER")]


def test_clean_spans_keeps_one_character_place_abbreviations_only():
    text = "中美关系，总统访华，中方表示，中国水周，副书记印⋯⋯李强，亮了，华侨回乡"
    spans = spans_of(text, [("中", "LOC"), ("美", "LOC"), ("华", "LOC"), ("中", "LOC"), ("中", "LOC"), ("副书记", "TITLE"),
                            ("印", "LOC"), ("李强", "PER"), ("亮", "LOC"), ("华", "LOC")])
    # 印 after a post is a surname, no place; the post, beside no one once it is gone, goes too
    assert [(e.text, e.start) for e in clean_spans(text, spans)] == [("中美", 0), ("华", 8), ("中", 10), ("李强", 26)]


def test_clean_spans_cuts_a_place_off_the_common_noun_it_modifies_and_drops_a_verb_with_a_generic_body():
    text = "擦亮杭州城市重要新中心，帮助供电所定位，文昌市文城镇，柯桥区平水镇剑灶村村民在加工"
    spans = spans_of(text, [("杭州城市", "LOC"), ("帮助供电所", "ORG"), ("文昌市文城镇", "LOC"), ("柯桥区平水镇剑灶村村民", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("杭州", "LOC"), ("文昌市文城镇", "LOC"), ("柯桥区平水镇剑灶村", "LOC")]


def test_clean_spans_gives_the_party_organ_of_a_sector_body_back_to_it():
    # 天河区社会组织 does not end like an organization: its 党委 is the body; a company's 党委 belongs to the post
    text = "天河区社会组织党委副书记冯国伟，国网张北县供电公司党委书记王磊"
    spans = spans_of(text, [("天河区社会组织", "ORG"), ("党委副书记", "TITLE"), ("冯国伟", "PER"),
                            ("国网张北县供电公司", "ORG"), ("党委书记", "TITLE"), ("王磊", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("天河区社会组织党委", "ORG"), ("副书记", "TITLE"), ("冯国伟", "PER"),
        ("国网张北县供电公司", "ORG"), ("党委书记", "TITLE"), ("王磊", "PER")]
    # an organ cut between body and post is whole again first; a body's 机关 and its organ go into the post
    text = "义乌市快递物流行业党委书记黄伟东，福州市鼓楼区住房和城乡建设局机关党委书记黄建明"
    spans = spans_of(text, [("义乌市快递物流行业党", "ORG"), ("委书记", "TITLE"), ("黄伟东", "PER"),
                            ("福州市鼓楼区住房和城乡建设局机关", "ORG"), ("党委书记", "TITLE"), ("黄建明", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)][:2] == [("义乌市快递物流行业党委", "ORG"), ("书记", "TITLE")]
    assert [(e.text, e.type) for e in clean_spans(text, spans)][3:5] == [
        ("福州市鼓楼区住房和城乡建设局", "ORG"), ("机关党委书记", "TITLE")]


def test_clean_spans_drops_names_inside_a_quoted_programme_but_not_a_quoted_venue():
    text = "双浦镇聚焦“青年留杭第一区”打造目标，位于灵山村的“清风山房”驿站"
    spans = spans_of(text, [("双浦镇", "LOC"), ("留杭第一区", "LOC"), ("灵山村", "LOC"), ("清风山房", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["双浦镇", "灵山村", "清风山房"]
    # a quotation that ends with a programme word is one too
    text = "诸暨市枫桥镇枫源村是“枫桥经验”的发源地"
    spans = spans_of(text, [("诸暨市枫桥镇枫源村", "LOC"), ("枫桥", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["诸暨市枫桥镇枫源村"]


def test_clean_spans_drops_an_organization_that_stops_inside_a_word():
    text = "生产新能源汽车零部件，国网黑河供电公司输电运检室主任，建行为客户"
    spans = spans_of(text, [("新能源汽", "ORG"), ("国网黑河供电公司输电运检室", "ORG"), ("建行", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["国网黑河供电公司输电运检室", "建行"]
    # a body ending that begins a common word: 研究部|署 (plan the work); 教育局|面向 keeps its body
    text = "市委常委会研究部署防汛工作，鹿城区教育局面向全区"
    spans = spans_of(text, [("研究部", "ORG"), ("鹿城区教育局", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["鹿城区教育局"]
    # or the span holds the whole phrase
    text = "县长叶海燕主持召开会议，研究部署防汛防台工作"
    spans = spans_of(text, [("县长", "TITLE"), ("叶海燕", "PER"), ("研究部署防汛防", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["县长", "叶海燕"]


def test_clean_spans_reads_an_organization_with_an_indefinite_as_no_body():
    text = "高昌区一家葡萄专业合作社理事长王建疆说，成都军区某炮兵团"
    spans = spans_of(text, [("高昌区一家葡萄专业合作社", "ORG"), ("理事长", "TITLE"), ("王建疆", "PER"), ("成都军区某炮兵团", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("高昌区", "LOC"), ("理事长", "TITLE"), ("王建疆", "PER"), ("成都军区某炮兵团", "ORG")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("王建疆", "理事长", None)]


def test_clean_spans_cuts_a_name_run_into_the_next_word():
    text = "华容县统筹资金，永修县防汛抗旱指挥部组织人员，枫源村村民说，兰陵县农业农村局局长，人民大会堂举行"
    spans = spans_of(text, [("华容县统", "ORG"), ("永修县防汛抗旱指挥部组", "ORG"), ("枫源村村", "LOC"),
                            ("兰陵县农业农村局", "ORG"), ("人民大会堂", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("华容县", "LOC"), ("永修县防汛抗旱指挥部", "ORG"), ("枫源村", "LOC"), ("兰陵县农业农村局", "ORG"), ("人民大会堂", "LOC")]
    # a dictionary place name counts as a name, but a character that may go on a place is never cut (龙潭湖畔)
    text = "“5·12”汶川特大地震，甘肃革命老区，龙潭湖畔"
    spans = spans_of(text, [("汶川特", "LOC"), ("甘肃革", "LOC"), ("龙潭湖", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["汶川", "甘肃", "龙潭湖"]


def test_clean_spans_splits_a_span_at_whitespace():
    text = "（骆佳怡 金晨光）"
    spans = spans_of(text, [("骆佳怡 金晨光", "PER")])
    assert [(e.text, e.start) for e in clean_spans(text, spans)] == [("骆佳怡", 1), ("金晨光", 5)]


def test_clean_spans_splits_two_bodies_joined_by_lianhe_but_not_names_built_on_it():
    text = "重庆市渝中区民政局联合重庆颐家康养服务有限公司，联合国儿童基金会，杭州市妇女联合会"
    spans = spans_of(text, [("重庆市渝中区民政局联合重庆颐家康养服务有限公司", "ORG"), ("联合国儿童基金会", "ORG"), ("杭州市妇女联合会", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == [
        "重庆市渝中区民政局", "重庆颐家康养服务有限公司", "联合国儿童基金会", "杭州市妇女联合会"]
    # the span stops on the verb where the partner is untagged (a level body): the first body alone
    text = "青田县方山乡人民政府联合县融媒体中心举办稻鱼文化节"
    spans = spans_of(text, [("青田县方山乡人民政府联合", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("青田县方山乡人民政府", "ORG")]
    # a Party school is a body: its joint action with another is split too
    text = "红安县委党校联合红安县党性教育中心组建讲师团"
    spans = spans_of(text, [("红安县委党校联合红安县党性教育中心", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("红安县委党校", "ORG"), ("红安县党性教育中心", "ORG")]


def test_token_labels_and_missing_types_are_left_free():
    tokenizer = tiny_tokenizer()
    article = labeled()
    encoded = encode_text(tokenizer, article.text)
    labels = token_labels(encoded.offsets, article.entities)
    assert [BIO_TAGS[i] for i in labels[:5]] == ["B-LOC", "I-LOC", "I-LOC", "B-TITLE", "I-TITLE"]
    # a corpus that never labels posts: its O tokens may be TITLE, its LOC tokens may not
    msra_like = [BIO_TAGS.index("O") if BIO_TAGS[i].endswith("TITLE") else i for i in labels]
    allowed = allowed_tags(msra_like, ("LOC", "ORG", "PER"))
    assert allowed[3, BIO_TAGS.index("B-TITLE")] and allowed[3, BIO_TAGS.index("O")]
    assert allowed[0].sum() == 1
    # everything allowed → no loss; only the gold allowed → ordinary cross-entropy
    logits = torch.randn(len(labels), len(BIO_TAGS))
    assert partial_label_loss(logits, torch.ones_like(allowed)).item() == pytest.approx(0.0, abs=1e-5)
    one_hot = allowed_tags(labels, None)
    expected = torch.nn.functional.cross_entropy(logits, torch.tensor(labels))
    assert partial_label_loss(logits, one_hot).item() == pytest.approx(expected.item(), rel=1e-5)


def test_officials_from_entities():
    article = labeled()
    assert extract_officials(article.text, article.entities) == [Official("谢沁菲", "党委书记", "义亭镇")]
    text = "国网泰安供电公司总经理、党委副书记刘加国说，张女士也来了。"
    entities = locate_strings(text, [("国网泰安供电公司", "ORG"), ("总经理", "TITLE"), ("党委副书记", "TITLE"), ("刘加国", "PER")])
    assert extract_officials(text, entities) == [
        Official("刘加国", "总经理", "国网泰安供电公司"), Official("刘加国", "党委副书记", "国网泰安供电公司")]
    # a generic head refers back to the body named earlier; a bare post with no such body has none
    text = "南京悦安居家养老服务中心为老人服务。该中心主任蔡文静介绍，院长潘丽说。"
    entities = locate_strings(text, [("南京悦安居家养老服务中心", "ORG"), ("主任", "TITLE"), ("蔡文静", "PER"), ("院长", "TITLE"), ("潘丽", "PER")])
    assert extract_officials(text, entities) == [Official("蔡文静", "主任", "南京悦安居家养老服务中心"), Official("潘丽", "院长", None)]
    # a village head (村党支部书记) refers back to the village alone, not to the chain of places it was named in
    text = "北京市门头沟区斋堂镇黄岭西村村委会的值班室里，村党支部书记郄永利拿起卫星电话。"
    entities = locate_strings(text, [("北京市门头沟区斋堂镇黄岭西村", "LOC"), ("党支部书记", "TITLE"), ("郄永利", "PER")])
    assert extract_officials(text, entities) == [Official("郄永利", "党支部书记", "黄岭西村")]
    # a village of two characters right after its town, and one of three that opens with a unit's character
    for place, village in (("安吉县天荒坪镇余村", "余村"), ("桐乡市石门镇县前村", "县前村")):
        text = f"在{place}，村党支部书记汪玉成正带着游客参观展示馆。"
        entities = locate_strings(text, [(place, "LOC"), ("党支部书记", "TITLE"), ("汪玉成", "PER")])
        assert extract_officials(text, entities) == [Official("汪玉成", "党支部书记", village)]
    # posts of one person with bodies of their own, joined by 、: each post takes its own body
    text = "黎里镇副镇长、元荡镇级河长沈卫东说。"
    entities = locate_strings(text, [("黎里镇", "LOC"), ("副镇长", "TITLE"), ("元荡", "LOC"), ("镇级河长", "TITLE"), ("沈卫东", "PER")])
    assert extract_officials(text, entities) == [Official("沈卫东", "副镇长", "黎里镇"), Official("沈卫东", "镇级河长", "元荡")]
    # a bare post that names its kind of body points back to the nearest such body
    text = "国网阜新供电公司木里图供电所抢修忙。所长王立东说，队长李强也在。"
    entities = locate_strings(text, [("国网阜新供电公司木里图供电所", "ORG"), ("所长", "TITLE"), ("王立东", "PER"), ("队长", "TITLE"),
                                     ("李强", "PER")])
    assert extract_officials(text, entities) == [Official("王立东", "所长", "国网阜新供电公司木里图供电所"), Official("李强", "队长", None)]
    # a name before its post is an official, with the body before the name; a post before a second name is that name's
    text = "张建华书记带队。北京九十中学李铁辰校长说，王一副县长李二讲话。"
    entities = locate_strings(text, [("张建华", "PER"), ("书记", "TITLE"), ("北京九十中学", "ORG"), ("李铁辰", "PER"), ("校长", "TITLE"),
                                     ("王一", "PER"), ("副县长", "TITLE"), ("李二", "PER")])
    assert extract_officials(text, entities) == [
        Official("张建华", "书记", None), Official("李铁辰", "校长", "北京九十中学"), Official("李二", "副县长", None)]
    # an untagged role of the same person between post and name does not part them
    text = "宁波仑通速递有限公司党支部书记、快递员周宏伟说"
    entities = locate_strings(text, [("宁波仑通速递有限公司", "ORG"), ("党支部书记", "TITLE"), ("周宏伟", "PER")])
    assert extract_officials(text, entities) == [Official("周宏伟", "党支部书记", "宁波仑通速递有限公司")]
    text = "管头村第一书记、县农业农村局干部张伟驻村"
    entities = locate_strings(text, [("管头村", "LOC"), ("第一书记", "TITLE"), ("张伟", "PER")])
    assert extract_officials(text, entities) == [Official("张伟", "第一书记", "管头村")]
    # a post and a name in different clauses are not one official
    text = "他是所长，朱根喜说。"
    assert extract_officials(text, locate_strings(text, [("所长", "TITLE"), ("朱根喜", "PER")])) == []


def test_officials_across_an_unnamed_sub_unit_and_a_party_organ():
    # the court is the body of a post in one of its chambers; a clause break still separates
    text = "晋江市人民法院知识产权审判庭庭长吴志斌说。晋江市人民法院，庭长王建华说。"
    entities = locate_strings(text, [("晋江市人民法院", "ORG"), ("庭长", "TITLE"), ("吴志斌", "PER"), ("王建华", "PER")])
    assert extract_officials(text, entities) == [Official("吴志斌", "庭长", "晋江市人民法院"), Official("王建华", "庭长", None)]
    # a local post's field (地质灾害) is crossed, as the written labels read it (the written dev split: 沙溪村地质灾害监测员
    # 雷水根 → 沙溪村); another gap that is not a sub-unit is not
    text = "沙溪村地质灾害监测员雷水根说。"
    entities = locate_strings(text, [("沙溪村", "LOC"), ("监测员", "TITLE"), ("雷水根", "PER")])
    assert extract_officials(text, entities) == [Official("雷水根", "监测员", "沙溪村")]
    text = "沙溪村乡村振兴讲师雷水根说。"
    entities = locate_strings(text, [("沙溪村", "LOC"), ("讲师", "TITLE"), ("雷水根", "PER")])
    assert extract_officials(text, entities) == [Official("雷水根", "讲师", None)]
    # 公司党支部书记: the party organ after the generic head still points back to the company
    text = "岱山县海联渔业有限公司组织出海。公司党支部书记、船长虞海明说。"
    entities = locate_strings(text, [("岱山县海联渔业有限公司", "ORG"), ("书记", "TITLE"), ("船长", "TITLE"), ("虞海明", "PER")])
    assert extract_officials(text, entities) == [
        Official("虞海明", "书记", "岱山县海联渔业有限公司"), Official("虞海明", "船长", "岱山县海联渔业有限公司")]


def test_a_person_run_two_characters_into_a_word_is_cut_back():
    """张俊峰|超标准: five characters, a common surname, the last two no transliteration's and opening a word
    that runs past the span; a Japanese name (谷口清太郎) or a transliteration (米洛舍维奇) stays whole."""
    text = "局长张俊峰超标准配备办公用房；谷口清太郎表示；米洛舍维奇说"
    spans = spans_of(text, [("张俊峰超标", "PER"), ("谷口清太郎", "PER"), ("米洛舍维奇", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["张俊峰", "谷口清太郎", "米洛舍维奇"]


def test_a_post_read_on_into_the_verb_after_it_is_cut_there():
    """王晨副委员长|主持会(议), 书记|主持: the tagger reads CLUENER's host (主持) as more post; the post stays,
    the verb goes; a verb that names an agent with what follows stays in the post (新闻发言人)."""
    text = "王晨副委员长主持会议。徐仁标书记主持并讲话。外交部新闻发言人华春莹说。"
    spans = spans_of(text, [("王晨", "PER"), ("副委员长", "TITLE"), ("主持会", "TITLE"), ("徐仁标", "PER"), ("书记", "TITLE"),
                            ("主持", "TITLE"), ("外交部", "ORG"), ("新闻发言人", "TITLE"), ("华春莹", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type == "TITLE"] == [("副委员长", "TITLE"), ("书记", "TITLE"), ("新闻发言人", "TITLE")]
    assert Official("王晨", "副委员长", None) in extract_officials(text, cleaned)


def test_a_province_runs_no_further_than_the_predicate_and_a_preposition_leaves_a_person():
    """宁夏|加大力度: a dictionary place before a predicate ends there; 向|赖淑芳 where the text names 赖淑芳 alone,
    while 向晓玲, named only so, keeps her surname."""
    text = "宁夏加大力度建设智慧乡村。他向赖淑芳询问工艺，赖淑芳说，向晓玲也说"
    spans = spans_of(text, [("宁夏加大力", "LOC"), ("向赖淑芳", "PER"), ("赖淑芳", "PER"), ("向晓玲", "PER")])
    assert [(e.text, e.start) for e in clean_spans(text, spans)] == [("宁夏", 0), ("赖淑芳", 15), ("赖淑芳", 23), ("向晓玲", 28)]
    # a person that is two people the text names apart is split (a headline without a mark between)
    text = "王沪宁蔡奇参加讨论。王沪宁说，蔡奇说"
    spans = spans_of(text, [("王沪宁蔡奇", "PER"), ("王沪宁", "PER"), ("蔡奇", "PER")])
    assert [(e.text, e.start) for e in clean_spans(text, spans)][:2] == [("王沪宁", 0), ("蔡奇", 3)]
    # a body read on into the verb that ends the span keeps the body; 组织部 is a body's word, not the verb 组织
    text = "受国务院委托，瑞安市委组织部副部长说"
    spans = spans_of(text, [("国务院委托", "ORG"), ("瑞安市委组织部", "ORG"), ("副部长", "TITLE")])
    assert [e.text for e in clean_spans(text, spans)][:2] == ["国务院", "瑞安市委组织部"]


def test_officials_of_a_post_held_in_the_same_clause():
    """方宇航是…党支部书记, 阙小敏是…养老院的护理部主管, 巴特尔是合作社的理事长: a verb of holding links the name
    to the post after it in its clause; another person in between, or a clause break, does not."""
    text = ("翁牛特旗兴牧肉牛养殖专业合作社有120户社员。巴特尔是合作社的理事长，他说。"
            "阙小敏是拱墅区和睦街道颐乐园养老院的护理部主管。王芳是李明的秘书。张华是老党员，书记陈刚说。")
    entities = locate_strings(text, [("翁牛特旗兴牧肉牛养殖专业合作社", "ORG"), ("巴特尔", "PER"), ("理事长", "TITLE"),
                                     ("阙小敏", "PER"), ("拱墅区和睦街道颐乐园养老院", "ORG"), ("护理部主管", "TITLE"),
                                     ("王芳", "PER"), ("李明", "PER"), ("秘书", "TITLE"), ("张华", "PER"), ("书记", "TITLE"),
                                     ("陈刚", "PER")])
    assert extract_officials(text, entities) == [
        Official("巴特尔", "理事长", "翁牛特旗兴牧肉牛养殖专业合作社"), Official("阙小敏", "护理部主管", "拱墅区和睦街道颐乐园养老院"),
        Official("陈刚", "书记", None)]


def test_a_bridge_a_playground_and_a_return_to_port_named_by_their_kind_are_no_places():
    """大桥 alone (大桥长1284米: 16 times on CCTV probes), 操场, 回港, 英雄, 才俊 and art forms (京剧, 昆曲) read as
    places or people: no names."""
    text = "大桥长1284米。柳溪中学操场被淹，渔船按时回港避风。武汉是英雄的城市，青年才俊。京剧、昆曲等剧种。"
    spans = spans_of(text, [("大桥", "LOC"), ("柳溪中学", "ORG"), ("操场", "LOC"), ("回港", "LOC"), ("英雄", "LOC"),
                            ("才俊", "PER"), ("京剧", "LOC"), ("昆曲", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("柳溪中学", "ORG")]


def test_party_building_probe_readings():
    """From CCTV party-building news: a people's name before its 族 is no person (傈僳|族歌舞), 杨梅 (a fruit) no name,
    a province's grain growers no body (湖南|种粮|大户 → 湖南), and 新疆生产建设兵团 a national body made whole."""
    text = "编排傈僳族歌舞，扩大杨梅种植，湖南种粮大户陶子斌说，各省区市和新疆生产建设兵团参加。"
    spans = spans_of(text, [("傈僳", "PER"), ("杨梅", "PER"), ("湖南种粮", "ORG"), ("陶子斌", "PER"), ("新疆", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("湖南", "LOC"), ("陶子斌", "PER"), ("新疆生产建设兵团", "ORG")]


def test_a_lone_person_that_opens_a_place_named_elsewhere_is_that_place():
    """伊基|克又发生了余震 beside 伊基克 tagged a place twice: the text reads the place there; a person that opens a
    piece of a word tagged elsewhere (胡塞|武装 beside the fragment 胡塞武) is not grown into the fragment (both are
    the armed group, 胡塞武装, since stop 31's rule for a group before 武装)."""
    text = "伊基克发生地震，伊基克民众疏散，伊基克又发生余震。胡塞武装称，胡塞武装发表声明。"
    spans = spans_of(text, [("伊基克", "LOC"), ("伊基克", "LOC"), ("伊基", "PER"), ("胡塞武", "ORG"), ("胡塞", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("伊基克", "LOC")] * 3 + [("胡塞武装", "ORG")] * 2


def test_a_date_or_a_floods_number_is_cut_off_a_place_or_body():
    """CCTV news writes dates as N号 after the subject (洱源县6号发生…, 希腊议会8号通过) and numbers floods after
    the river (黄河1号洪峰): the name ends before them; a ship's number and a street's number stay."""
    text = "云南省洱源县6号发生泥石流，希腊议会8号通过法案，黄河1号洪峰过境，登上南丫4号，住在孱陵大道86号。"
    spans = spans_of(text, [("云南省洱源县6号", "ORG"), ("希腊议会8号", "ORG"), ("黄河1号洪峰", "LOC"), ("南丫4号", "ORG"),
                            ("孱陵大道86号", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("云南省洱源县", "LOC"), ("希腊议会", "ORG"), ("黄河", "LOC"), ("南丫4号", "ORG"), ("孱陵大道86号", "LOC")]


def test_sub_unit_ending_and_doubled_level_word_around_a_post():
    """From CCTV captions: a sub-unit's ending read into the post goes to the body with the sub-unit
    (北京儿童医院|超声|科主任), a place gives up the post's bare level word it took (上罗镇镇|党委书记; a village
    named 合村村 keeps its name), and a post one space before its holder is beside someone (司长 彭齐鸣：)."""
    text = "北京儿童医院超声科主任贾立群：好。上罗镇镇党委书记 陈波：好。合村村党委书记严财华说。勘查司 司长 彭齐鸣：好。"
    spans = spans_of(text, [("北京儿童医院", "ORG"), ("科主任", "TITLE"), ("贾立群", "PER"), ("上罗镇镇", "LOC"),
                            ("党委书记", "TITLE"), ("陈波", "PER"), ("合村村", "LOC"), ("党委书记", "TITLE"),
                            ("严财华", "PER"), ("司长", "TITLE"), ("彭齐鸣", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("北京儿童医院超声科", "ORG"), ("主任", "TITLE"), ("贾立群", "PER"), ("上罗镇", "LOC"), ("党委书记", "TITLE"),
        ("陈波", "PER"), ("合村村", "LOC"), ("党委书记", "TITLE"), ("严财华", "PER"), ("司长", "TITLE"), ("彭齐鸣", "PER")]
    assert extract_officials(text, cleaned) == [
        Official("贾立群", "主任", "北京儿童医院超声科"), Official("陈波", "党委书记", "上罗镇"),
        Official("严财华", "党委书记", "合村村"), Official("彭齐鸣", "司长", None)]


def test_meeting_probe_readings_listed_levels_and_a_place_before_a_fragment():
    """From CCTV meeting reports: bodies of several levels at once are no name (省区市纪委, 省市县纪委; LABELS.md's
    县委), and an ORG that stops inside a common word keeps the place it opens with (天津市|经济社|会发展 → 天津市)."""
    text = "新一届省区市纪委要深入贯彻，换届后的省市县纪委要伴随学习。刘云山对天津市经济社会发展给予肯定。"
    spans = spans_of(text, [("省区市纪委", "ORG"), ("省市县纪委", "ORG"), ("刘云山", "PER"), ("天津市经济社", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("刘云山", "PER"), ("天津市", "LOC")]


def test_a_countrys_government_before_its_head_and_an_invitation_before_a_name():
    """越南政府总理阮春福: the body is the country (its 政府 untagged between); 应|胡锦涛主席的邀请: 应 (at the invitation
    of) comes off a person the text names without it."""
    text = "会见越南政府总理阮春福。瓦塔拉总统是应胡锦涛主席的邀请来访，胡锦涛主持仪式。"
    spans = spans_of(text, [("越南", "LOC"), ("总理", "TITLE"), ("阮春福", "PER"), ("瓦塔拉", "PER"), ("总统", "TITLE"),
                            ("应胡锦涛", "PER"), ("主席", "TITLE"), ("胡锦涛", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["阮春福", "瓦塔拉", "胡锦涛", "胡锦涛"]
    assert Official("阮春福", "总理", "越南") in extract_officials(text, cleaned)


def test_power_probe_readings():
    """From CCTV power and briefs news: a predicate's first character comes off a body (国家出|台措施 → 国家, a generic
    word; 国务院委|托 → 国务院; not 组织: 联合国粮食与农业组|织 stays), 但 comes off a person the text names without
    it, a hospital's departments alone are no names, and 国家互联网信息办公室 is a national body made whole."""
    text = ("国家出台措施。近期国务院委托工商联。但亚努科维奇没有回应，亚努科维奇说。南京总医院外科、眼科、神经内科专家。"
            "国家互联网信息办公室发言人说。")
    spans = spans_of(text, [("国家出", "ORG"), ("国务院委", "ORG"), ("但亚努科维奇", "PER"), ("亚努科维奇", "PER"),
                            ("南京总医院外科", "ORG"), ("眼科", "ORG"), ("神经内科", "ORG"), ("国家互联网", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("国务院", "ORG"), ("亚努科维奇", "PER"), ("亚努科维奇", "PER"), ("南京总医院外科", "ORG"), ("国家互联网信息办公室", "ORG")]


def test_roles_from_the_probes_officials_are_no_posts_and_a_parliament_gets_its_hui():
    """Officials read by eye on the CCTV probes: 选手, 官员, 博士, 主人, 内科医生, 时政评论员 are roles (LABELS.md), and
    新加坡国|会议长 is 新加坡国会 + 议长."""
    text = "中国选手丁宁说，俄外交部官员法捷耶夫说，消化内科医生夏思思说，新加坡国会议长哈莉玛说"
    spans = spans_of(text, [("中国", "LOC"), ("选手", "TITLE"), ("丁宁", "PER"), ("俄外交部", "ORG"), ("官员", "TITLE"),
                            ("法捷耶夫", "PER"), ("科医生", "TITLE"), ("夏思思", "PER"), ("新加坡国", "ORG"),
                            ("会议长", "TITLE"), ("哈莉玛", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["议长"]
    assert extract_officials(text, cleaned) == [Official("哈莉玛", "议长", "新加坡国会")]


def test_a_place_cut_short_is_completed_to_a_dictionary_word_the_text_tags_elsewhere():
    """攀枝|花透彻的星空 beside 攀枝花 tagged a place: jieba knows 攀枝花 as a word (tagged i, not ns), and the text reads
    it whole there, so the short span grows to it."""
    text = "老人涌到攀枝花过冬。攀枝花透彻的星空。"
    spans = spans_of(text, [("攀枝花", "LOC"), ("攀枝", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["攀枝花", "攀枝花"]


def test_elderly_care_probe_readings():
    """From CCTV elderly-care news: a community's untagged health centre joins its place as a body
    (南京东山街道社区|卫生服务中心), a floor and a count of ministries are no names (四楼, 十八部委), and 宜居城市 is a
    policy term."""
    text = "来到南京东山街道社区卫生服务中心治疗。家住四楼。十八部委联合印发。建设宜居城市。"
    spans = spans_of(text, [("南京东山街道社区", "LOC"), ("四楼", "LOC"), ("十八部委", "ORG"), ("宜居城市", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("南京东山街道社区卫生服务中心", "ORG")]


def test_numerals_alone_and_a_party_congress_are_no_names():
    """From gov.cn documents and CCTV Party news: a list item's number (十八、), a date's numerals (二〇〇|四年), a plan's
    number (“十五五”) and a party congress (党的二十大, an event: LABELS.md tags nothing inside event names) are
    dropped; MSRA's 八一 (the army's teams) and a body named after a congress (十九大新闻中心) stay."""
    text = "（十八）支持组建。二〇〇四年八月。“十五五”开局之年。学习党的二十大精神。八一队获胜。十九大新闻中心。"
    spans = spans_of(text, [("十八", "ORG"), ("二〇〇", "PER"), ("十五五", "ORG"), ("二十大", "ORG"), ("八一", "ORG"),
                            ("十九大新闻中心", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("八一", "ORG"), ("十九大新闻中心", "ORG")]


def test_a_unit_of_a_tagged_chain_is_tagged_where_the_text_names_it_alone():
    """福建省寿宁县下党乡 … 下党乡迎来了… (CCTV village news): local news names a town with its county once and alone
    after, so the chain's units are tagged where they stand alone; not a 区 (广安市|水淹区, a flooded zone) nor a unit
    that opens a longer place (民主村|社区)."""
    text = "福建省寿宁县下党乡的乡亲们。下党乡迎来了客人。广安市水淹区群众。重庆市九龙坡区民主村。民主村社区加装电梯。"
    spans = spans_of(text, [("福建省寿宁县下党乡", "LOC"), ("广安市水淹区", "LOC"), ("重庆市九龙坡区民主村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["福建省寿宁县下党乡", "下党乡", "广安市水淹区", "重庆市九龙坡区民主村"]


def test_a_bare_name_before_its_own_committees_post_is_a_place():
    """松滋 (ORG) + 市委书记 + 蒋鸿 (CCTV news): the span before a post of its own committee or government is the place,
    also a person where another holds the post (吕梁|市委书记|李正印); a body before it keeps its type
    (张家口崇礼县政府|副县长, CLUENER dev)."""
    text = "松滋市委书记蒋鸿乘坐公交车。张家口崇礼县政府副县长王明说。山西吕梁市委书记李正印发言。"
    spans = spans_of(text, [("松滋", "ORG"), ("市委书记", "TITLE"), ("蒋鸿", "PER"), ("张家口崇礼县政府", "ORG"),
                            ("副县长", "TITLE"), ("王明", "PER"), ("山西", "LOC"), ("吕梁", "PER"), ("市委书记", "TITLE"),
                            ("李正印", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "TITLE"] == [
        ("松滋", "LOC"), ("蒋鸿", "PER"), ("张家口崇礼县政府", "ORG"), ("王明", "PER"), ("山西", "LOC"), ("吕梁", "LOC"),
        ("李正印", "PER")]


def test_a_typhoons_name_is_no_name_where_the_text_names_it_again_without_the_word():
    """超强台风“威马逊”登陆 … “威马逊”来临之前 (CCTV news): the second quoted mention, without 台风, is the typhoon too,
    and neither is tagged again from the other."""
    text = "超强台风“威马逊”登陆广西。笔记本里有“威马逊”来临之前的安排。“幸福里”开张。"
    spans = spans_of(text, [("威马逊", "PER"), ("广西", "LOC"), ("威马逊", "PER"), ("幸福里", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["广西", "幸福里"]


def test_solar_terms_birds_alleys_and_kinds_of_venue_are_no_names():
    """From CCTV news: 立春 read as a place, 朱鹮 (a bird) and 胡同 (an alley) as people, 娱乐场所 as a body, and words of
    Party news (郡县治, 人生华章)."""
    text = "立春过后，野化放飞的朱鹮首次繁殖。穿过北京的胡同。清查全市娱乐场所。郡县治，天下安。书写人生华章。传统美德。英勇就义。"
    spans = spans_of(text, [("立春", "LOC"), ("朱鹮", "PER"), ("北京", "LOC"), ("胡同", "PER"), ("娱乐场所", "ORG"),
                            ("郡县", "LOC"), ("华章", "PER"), ("美德", "LOC"), ("英勇", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["北京"]
    # verbs and bare meetings or bodies read as names (遭到破坏的|修复, 召开|大会, 成立|领导小组)
    text = "遭到破坏的修复工作。召开大会。成立领导小组。"
    assert clean_spans(text, spans_of(text, [("修复", "LOC"), ("大会", "ORG"), ("领导小组", "ORG")])) == []
    # 平安 is no place (平安建设, the campaign), but the insurer stays an ORG (MSRA's 平安)
    text = "平安建设不仅要重拳出击。平安与银行签约。"
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("平安", "LOC"), ("平安", "ORG")]))] == [("平安", "ORG")]


def test_a_place_that_names_one_of_chinas_peoples_before_its_zu_is_no_place():
    """维吾尔|族群众, 赫哲|族人 (CCTV news): a people's name, as 毛南族 whole is; 鄂温克族|自治旗 stays a place and a
    people abroad is left as MSRA tags it (阿尔巴尼亚|族武装)."""
    text = "与维吾尔族群众交谈。赫哲族人改善了生活。鄂温克族自治旗。阿尔巴尼亚族武装。"
    spans = spans_of(text, [("维吾尔", "LOC"), ("赫哲", "LOC"), ("鄂温克族自治旗", "LOC"), ("阿尔巴尼亚", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["鄂温克族自治旗", "阿尔巴尼亚"]


def test_a_persons_role_read_into_the_end_of_a_body_is_cut_off():
    """Lists of delegates in CCTV news: 河南农业大学农学院|2011级硕士研究生|王灵光 keeps the college, 安徽省蚌埠市龙子湖区|
    机关干部 the place, and 巴士司机 nothing."""
    text = "河南农业大学农学院2011级硕士研究生王灵光、安徽省蚌埠市龙子湖区机关干部刘冰，包括巴士司机、收银员。"
    spans = spans_of(text, [("河南农业大学农学院2011级硕士研究生", "ORG"), ("王灵光", "PER"),
                            ("安徽省蚌埠市龙子湖区机关干部", "ORG"), ("刘冰", "PER"), ("巴士司机", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("河南农业大学农学院", "ORG"), ("王灵光", "PER"), ("安徽省蚌埠市龙子湖区", "LOC"), ("刘冰", "PER")]


def test_a_person_read_on_into_a_preposition_and_what_follows_is_cut():
    """From CCTV news: 贝德高|向|李克强赠送 (a name, 向 and a person the text names apart) is two people; 庄仕华|为牧|民们
    (为 and part of the word after it) and 施芝鸿|对十八大 (a preposition and its object) are the name."""
    text = "李克强会见汉学家。院长贝德高向李克强赠送了词典。院长庄仕华为牧民们巡诊。副主任施芝鸿对十八大报告作了讲解。"
    spans = spans_of(text, [("李克强", "PER"), ("贝德高向李克强", "PER"), ("庄仕华为牧", "PER"), ("施芝鸿对十八大", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["李克强", "贝德高", "李克强", "庄仕华", "施芝鸿"]


def test_a_dictionary_place_between_zai_and_a_comma_is_a_place():
    """在|郑州 (ORG)|，中央宣讲团成员… and 在|乌鲁木齐 (PER)|， (CCTV news): a place of jieba's dictionary there is a LOC."""
    text = "在郑州，宣讲团成员作了讲解。在乌鲁木齐，他作了宣讲。"
    spans = spans_of(text, [("郑州", "ORG"), ("乌鲁木齐", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("郑州", "LOC"), ("乌鲁木齐", "LOC")]


def test_a_committee_joining_two_fields_with_he_is_one_body():
    """全国人大宪法|和|法律委员会, 民族|和|宗教委员会 (CCTV news) are one committee each; 新闻出版署和国家版权局 stay two."""
    text = "全国人大宪法和法律委员会提出报告。民族和宗教委员会汇报。新闻出版署和国家版权局发文。"
    spans = spans_of(text, [("全国人大宪法", "ORG"), ("法律委员会", "ORG"), ("民族", "ORG"), ("宗教委员会", "ORG"),
                            ("新闻出版署", "ORG"), ("国家版权局", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["全国人大宪法和法律委员会", "民族和宗教委员会", "新闻出版署", "国家版权局"]


def test_a_place_cut_short_grows_to_the_tail_of_a_longer_name_after_a_word():
    """防城港市企沙镇 … 就是企沙|镇党委书记 (CCTV news): a span that grows only to the right, to the tail of a longer name
    the text tags, may start after a word (是|企沙镇), not only after punctuation; so may one that grows to the left to
    a place ending in a unit, where the longer name's unit ends right before it (担当了下|姜村 beside 淳安县下姜村 → 下姜村:
    stayed 姜村 until stop 68)."""
    text = "防城港市企沙镇4.2万人受灾。就是企沙镇党委书记王德森。来到淳安县下姜村。担当了下姜村脱贫的引路人。"
    spans = spans_of(text, [("防城港市企沙镇", "LOC"), ("企沙", "LOC"), ("党委书记", "TITLE"), ("王德森", "PER"),
                            ("淳安县下姜村", "LOC"), ("姜村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["防城港市企沙镇", "企沙镇", "党委书记", "王德森", "淳安县下姜村",
                                                      "下姜村"]


def test_a_name_right_after_a_post_read_as_a_body_is_the_holder():
    """河南省平舆县副县长|杨荔 (ORG)|、 (CCTV news): the holder, so the post and the official stay; 党中央 after 代表 stays a
    body."""
    text = "河南省平舆县副县长杨荔、县环保局副局长胡超峰等7人。总理张国清代表党中央、国务院。"
    spans = spans_of(text, [("河南省平舆县", "LOC"), ("副县长", "TITLE"), ("杨荔", "ORG"), ("副局长", "TITLE"), ("胡超峰", "PER"),
                            ("总理", "TITLE"), ("张国清", "PER"), ("代表", "TITLE"), ("党中央", "ORG"), ("国务院", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type in ("PER", "ORG")] == [
        ("杨荔", "PER"), ("胡超峰", "PER"), ("张国清", "PER"), ("党中央", "ORG"), ("国务院", "ORG")]
    assert Official("杨荔", "副县长", "河南省平舆县") in extract_officials(text, cleaned)


def test_a_two_character_person_gets_the_third_character_it_left_out():
    """十八大代表何祥|美，, 杨成|业是…村民 (CCTV news): a lone character between the name and punctuation, 的 or 是 is the
    name's; not a photo's credit (记者刘宇|摄), a suffix (屈原|杯) or a particle (王明|说，)."""
    text = "代表何祥美，结合实际。杨成业是村民。记者刘宇摄。屈原杯龙舟赛。王明说，好。"
    spans = spans_of(text, [("何祥", "PER"), ("杨成", "PER"), ("刘宇", "PER"), ("屈原", "PER"), ("王明", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["何祥美", "杨成业", "刘宇", "屈原", "王明"]


def test_community_probe_readings():
    """From CCTV community news: 在 and 城市 read into a place's start are cut off (在|湖北秭归县, 最大|城市|芹苴市),
    the honour 全国文明村镇 holds no place (文明, 村镇), and a rank's level word leaves the place (贵阳|县处级)."""
    text = "在湖北秭归县的服务中心，最大城市芹苴市，授予1493个村镇全国文明村镇称号。目前，贵阳县处级以上领导班子"
    spans = spans_of(text, [("在湖北秭归县", "LOC"), ("城市芹苴市", "LOC"), ("村镇", "LOC"), ("文明", "LOC"), ("村镇", "LOC"),
                            ("贵阳县", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("湖北秭归县", "LOC"), ("芹苴市", "LOC"), ("贵阳", "LOC")]


def test_a_citys_short_name_is_tagged_where_the_text_names_the_city_in_full():
    """甘肃省天水市 … 天水是劳务输出大市 (written dev): the short name of a tagged city or county is tagged where jieba
    reads it as a word, but not inside a quotation (“丽水山耕”, a brand) nor opening a station's name (天水站)."""
    text = "列车从甘肃省天水市天水站驶出。天水是劳务输出大市。丽水市打造了“丽水山耕”品牌。"
    spans = spans_of(text, [("甘肃省天水市", "LOC"), ("丽水市", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("甘肃省天水市", "LOC"), ("天水", "LOC"), ("丽水市", "LOC")]


def test_a_committee_before_its_government_and_a_verb_of_taking_a_post():
    """天津市委市|政府 → 天津市委 (the committee and its government), and 县长陈岗|调任|县委书记: the verb read as a post
    goes, the post stays whole, and 调任 links it to 陈岗 as 担任 does."""
    text = "引起天津市委市政府的重视。2011年，县长陈岗调任县委书记，五年来。"
    spans = spans_of(text, [("天津市委市", "ORG"), ("县长", "TITLE"), ("陈岗", "PER"), ("调任", "TITLE"), ("县委书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("天津市委", "ORG"), ("县长", "TITLE"), ("陈岗", "PER"), ("县委书记", "TITLE")]
    assert extract_officials(text, cleaned) == [Official("陈岗", "县委书记", None), Official("陈岗", "县长", None)]


def test_a_school_read_into_a_post_is_tagged_with_the_name_before_it():
    """广场路小学校长 read as one post (小学校长 is a jieba word): the post is 校长 and 广场路小学 the body, where a road's
    or place's name stands untagged before the school after punctuation; 他们小学校长 tags nothing more; 广场路小|学校长
    gives the school its 学."""
    text = "”广场路小学校长郑慧敏说。他们小学校长李明说。”广场路小学校长郑慧敏笑了。"
    spans = spans_of(text, [("小学校长", "TITLE"), ("郑慧敏", "PER"), ("小学校长", "TITLE"), ("李明", "PER"),
                            ("广场路小", "ORG"), ("学校长", "TITLE"), ("郑慧敏", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("广场路小学", "ORG"), ("校长", "TITLE"), ("郑慧敏", "PER"), ("校长", "TITLE"), ("李明", "PER"),
        ("广场路小学", "ORG"), ("校长", "TITLE"), ("郑慧敏", "PER")]
    assert extract_officials(text, cleaned)[0] == Official("郑慧敏", "校长", "广场路小学")
    # a student word is no school: 大学生村官 is a role, 小学生家长 a parent (CCTV news, where 大学|生村官 and 小学|生家长
    # had been cut as schools and the rest kept as posts)
    text = "在垆上居委会工作的大学生村官张广秀曾被授予称号。江苏省盐城市小学生家长 刘亚华 说。"
    spans = spans_of(text, [("垆上居委会", "ORG"), ("大学生", "TITLE"), ("村官", "TITLE"), ("张广秀", "PER"),
                            ("盐城市", "LOC"), ("小学生", "TITLE"), ("家长", "TITLE"), ("刘亚华", "PER")])
    assert [e for e in clean_spans(text, spans) if e.type == "TITLE"] == []


def test_a_verb_a_body_ran_on_into_is_cut_off():
    """国家旅游局|监测与应急指挥平台, 新疆天业集团|自主研发 (CCTV): the body ends before the verb; a bank's 分行 (a verb
    to jieba) and a party's 运动 stay."""
    text = "根据国家旅游局监测与应急指挥平台，新疆天业集团自主研发，招商银行广州分行，尼日尔全国发展社会运动主席"
    spans = spans_of(text, [("国家旅游局监测", "ORG"), ("新疆天业集团自主", "ORG"), ("招商银行广州分行", "ORG"),
                            ("全国发展社会运动", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["国家旅游局", "新疆天业集团", "招商银行广州分行", "全国发展社会运动"]


def test_rural_probe_readings_a_name_and_its_verb_a_leading_zhongde_and_numbered_decrees():
    """From CCTV rural news: a place that is a person the text names and 来 after the name is the person (解良|来驻村),
    中的 is cut off a place's start (正在建设|中的|班彦新村), a list of numbered decrees is no name, a count of
    households is cut off a place (悬崖村|282户) and the discipline organs by their kind (纪检监察|机关) are none."""
    text = "当解良来驻村扶贫时，解良帮忙。来到正在建设中的班彦新村。签署了八十五号和八十六号主席令。悬崖村282户搬迁，纪检监察机关"
    spans = spans_of(text, [("解良来", "LOC"), ("解良", "PER"), ("中的班彦新村", "LOC"), ("八十五号和八十六号", "ORG"),
                            ("悬崖村282户", "LOC"), ("纪检监察", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("解良", "PER"), ("解良", "PER"), ("班彦新村", "LOC"), ("悬崖村", "LOC")]


def test_weather_probe_readings_routes_directions_and_document_titles():
    """From CCTV weather and transport news: a route named by two abbreviations is one place (哈伊|高铁, 渝昆|高速; not
    after 至, 哈尔滨至|伊春|高铁), a part of the country read without its 部 is none (我国|中东|部地区; 东北|部分地区
    is the north-east) and a province keeps only its name (辽宁中东|部 → 辽宁), and a document's title read whole is
    no name (《军事情报保护协定》; 《工人日报》 stays)."""
    text = "哈伊高铁铺轨，渝昆高速恢复，哈尔滨至伊春高铁。我国中东部地区，东北部分地区，辽宁中东部降雪。签署《军事情报保护协定》，《工人日报》报道"
    spans = spans_of(text, [("哈伊", "LOC"), ("渝昆", "LOC"), ("哈尔滨", "LOC"), ("伊春", "LOC"), ("中东", "LOC"),
                            ("东北", "LOC"), ("辽宁中东", "LOC"), ("军事情报保护协定", "ORG"), ("工人日报", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("哈伊高铁", "LOC"), ("渝昆高速", "LOC"), ("哈尔滨", "LOC"), ("伊春", "LOC"), ("东北", "LOC"), ("辽宁", "LOC"),
        ("工人日报", "ORG")]


def test_a_count_before_a_name_is_cut_off_but_a_bodys_own_figures_stay():
    """601家|深港两地 and 2707个|村 (CCTV): a count with its measure word is no part of a name, of any type; 3M公司 keeps
    its figure, and 4825家|上市公司 leaves only a generic word."""
    text = "601家深港两地的团队，2707个村，3M公司，4825家上市公司"
    spans = spans_of(text, [("601家深港", "ORG"), ("2707个村", "LOC"), ("3M公司", "ORG"), ("4825家上市公司", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("深港", "ORG"), ("3M公司", "ORG")]


def test_a_place_read_across_a_resident_word_into_a_name_is_split():
    """北京|市民|吴峰 (CCTV): a place of its own before 市民 and a name that reads as a person; 华西农民公园 (a park)
    stays whole, for 公园 is a noun."""
    text = "今年春节，北京市民吴峰一家格外开心。浏览华西农民公园。"
    spans = spans_of(text, [("北京市民吴峰", "LOC"), ("华西农民公园", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("北京", "LOC"), ("吴峰", "PER"), ("华西农民公园", "LOC")]


def test_police_officers_doctors_and_nurses_are_roles_not_posts():
    """LABELS.md: roles are not posts (记者, 老师); the written labels tag none of 90 民警, 医生, 护士 before names."""
    text = "武汉市宝丰街派出所民警赵闯说，主刀的医生姚玉峰说，护士李娜说。"
    spans = spans_of(text, [("武汉市宝丰街派出所", "ORG"), ("民警", "TITLE"), ("赵闯", "PER"), ("医生", "TITLE"),
                            ("姚玉峰", "PER"), ("护士", "TITLE"), ("李娜", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.type for e in cleaned] == ["ORG", "PER", "PER", "PER"]
    assert extract_officials(text, cleaned) == []


def test_a_government_head_after_a_party_committee_belongs_to_the_place():
    """上海市委常委、副市长艾宝俊, 仙居县委副书记、县长王军: the committee's posts keep the committee, the head of
    the government the place; a post that is no government head keeps the body as written."""
    text = "上海市委常委、副市长艾宝俊，仙居县委副书记、县长王军，中共仙居县委书记、县人大常委会主任李强"
    entities = locate_strings(text, [("上海市委", "ORG"), ("常委", "TITLE"), ("副市长", "TITLE"), ("艾宝俊", "PER"),
                                     ("仙居县委", "ORG"), ("副书记", "TITLE"), ("县长", "TITLE"), ("王军", "PER"),
                                     ("中共仙居县委", "ORG"), ("书记", "TITLE"), ("县人大常委会主任", "TITLE"), ("李强", "PER")])
    assert extract_officials(text, entities) == [
        Official("艾宝俊", "常委", "上海市委"), Official("艾宝俊", "副市长", "上海市"),
        Official("王军", "副书记", "仙居县委"), Official("王军", "县长", "仙居县"),
        Official("李强", "书记", "中共仙居县委"), Official("李强", "县人大常委会主任", None)]


def test_officials_of_an_appointment_or_election_in_the_passive():
    """王书茂被推选为…潭门村党支部书记 (CCTV news): the passive of an election or appointment links the name to the
    post after it as 是 and 担任 do; 被评为 (an honour) does not."""
    text = "王书茂被推选为新一任的潭门镇潭门村党支部书记。罗阳被任命为沈飞公司党委书记。李华被评为优秀党务工作者。"
    entities = locate_strings(text, [("王书茂", "PER"), ("潭门镇潭门村", "LOC"), ("党支部书记", "TITLE"), ("罗阳", "PER"),
                                     ("沈飞公司", "ORG"), ("党委书记", "TITLE"), ("李华", "PER"), ("党务工作者", "TITLE")])
    assert extract_officials(text, entities) == [
        Official("王书茂", "党支部书记", "潭门镇潭门村"), Official("罗阳", "党委书记", "沈飞公司")]


def test_a_supply_area_before_a_manager_is_part_of_the_post():
    """台区经理 is State Grid's post for one grid area; 台区 read as a place goes into it, and a bare 台区 stays no place."""
    text = "供电所台区经理王一凡说，台区电压合格。"
    spans = spans_of(text, [("供电所", "ORG"), ("台区", "LOC"), ("经理", "TITLE"), ("王一凡", "PER"), ("台区", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("台区经理", "TITLE"), ("王一凡", "PER")]


def test_a_doubled_character_goes_to_the_post_that_lacks_it():
    """民兵应急连连|长 → 民兵应急连 + 连长: a body does not end on a doubled character before a one-character post."""
    text = "孙杏村镇民兵应急连连长高志强告诉记者"
    spans = spans_of(text, [("孙杏村镇民兵应急连连", "ORG"), ("长", "TITLE"), ("高志强", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("孙杏村镇民兵应急连", "ORG"), ("连长", "TITLE"), ("高志强", "PER")]
    assert extract_officials(text, cleaned) == [Official("高志强", "连长", "孙杏村镇民兵应急连")]


def test_a_padded_two_character_name_stays_one_person():
    """Newspapers pad two-character names to the width of three (王　伟): one person, named without the padding as an
    official; two full names across a space are still two people."""
    text = "义亭镇党委书记王　伟表示，骆佳怡 金晨光报道"
    spans = spans_of(text, [("义亭镇", "LOC"), ("党委书记", "TITLE"), ("王　伟", "PER"), ("骆佳怡 金晨光", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["王　伟", "骆佳怡", "金晨光"]
    assert extract_officials(text, cleaned) == [Official("王伟", "党委书记", "义亭镇")]


def test_officials_of_an_appointment_with_wei():
    """任命秦刚为外交部部长 (CCTV news of appointments): the appointing verb before the name and 为 after it give the post;
    the cleanup cuts that 为 off the body after it or the person before it."""
    text = "任命秦刚为外交部部长，任命孙绍骋为退役军人事务部部长，任命傅政华为司法部部长。"
    spans = spans_of(text, [("秦刚", "PER"), ("外交部", "ORG"), ("部长", "TITLE"), ("孙绍骋", "PER"), ("为退役军人事务部", "ORG"),
                            ("部长", "TITLE"), ("傅政华为", "PER"), ("司法部", "ORG"), ("部长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type != "TITLE"] == ["秦刚", "外交部", "孙绍骋", "退役军人事务部", "傅政华", "司法部"]
    assert extract_officials(text, cleaned) == [
        Official("秦刚", "部长", "外交部"), Official("孙绍骋", "部长", "退役军人事务部"), Official("傅政华", "部长", "司法部")]
    # a name that ends in 为 keeps it (任命李有为为县长)
    text = "任命李有为为县长。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("李有为", "PER"), ("县长", "TITLE")]))] == ["李有为", "县长"]


def test_officials_of_a_former_post_and_after_de():
    # 原 (former) between the body and the post keeps the body; 的 alone between post and name keeps the person
    text = "山东黄河河务局原党组副书记、局长张俊峰受到处分。2001年，当选三街村党支部书记的王洪旗修路。"
    entities = locate_strings(text, [("山东黄河河务局", "ORG"), ("党组副书记", "TITLE"), ("局长", "TITLE"), ("张俊峰", "PER"),
                                     ("三街村", "LOC"), ("党支部书记", "TITLE"), ("王洪旗", "PER")])
    assert extract_officials(text, entities) == [
        Official("张俊峰", "党组副书记", "山东黄河河务局"), Official("张俊峰", "局长", "山东黄河河务局"),
        Official("王洪旗", "党支部书记", "三街村")]
    # one space between post and name, as captions write them, keeps the person (茅坪乡党委书记 兰胜华：)
    text = "井冈山市茅坪乡党委书记 兰胜华：开始我们也不懂。"
    entities = locate_strings(text, [("井冈山市茅坪乡", "LOC"), ("党委书记", "TITLE"), ("兰胜华", "PER")])
    assert extract_officials(text, entities) == [Official("兰胜华", "党委书记", "井冈山市茅坪乡")]
    # 的 alone between body and post keeps the body (重庆齐圣村的党委书记熊尚兵, CCTV news)
    text = "另外一位是来自重庆齐圣村的党委书记熊尚兵。"
    entities = locate_strings(text, [("重庆齐圣村", "LOC"), ("党委书记", "TITLE"), ("熊尚兵", "PER")])
    assert extract_officials(text, entities) == [Official("熊尚兵", "党委书记", "重庆齐圣村")]
    # other words between post and name still part them (书记的秘书李明)
    text = "县委书记的秘书李明说。"
    entities = locate_strings(text, [("书记", "TITLE"), ("秘书", "TITLE"), ("李明", "PER")])
    assert extract_officials(text, entities) == [Official("李明", "秘书", None)]


def test_scores_merge_adjacent_spans_and_skip_unlabeled_types():
    article = labeled(text="杭州市余杭区的所长", strings=[("杭州市余杭区", "LOC")], labeled_types=("LOC", "ORG", "PER"))
    split_prediction = [Entity(0, 3, "LOC", "杭州市"), Entity(3, 6, "LOC", "余杭区"), Entity(7, 9, "TITLE", "所长")]
    scores = score_entities([article], [split_prediction])
    assert scores["overall"]["f1"] == 1.0 and "TITLE" not in scores["per_type"]
    full = labeled(officials=[Official("谢沁菲", "党委书记", "义亭镇")])
    assert score_officials([full], [[Official("谢沁菲", "党委书记", "义亭镇")]])["f1"] == 1.0
    assert score_officials([article], [[]]) is None


def test_lexicon_file_and_application(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("# new names\n铜鉴湖\tLOC\n南浔区\tLOC\n", encoding="utf-8")
    lexicon = Lexicon(read_lexicon(path))
    model_spans = [Entity(13, 19, "ORG", "南浔区水利局"), Entity(22, 24, "LOC", "鉴湖")]
    applied = lexicon.apply(NER_TEXT, model_spans)
    # the lexicon name replaces the partial span; a lexicon place inside a longer ORG stays in the ORG
    assert [(e.text, e.type) for e in applied] == [("南浔区水利局", "ORG"), ("铜鉴湖", "LOC")]
    (tmp_path / "bad.tsv").write_text("铜鉴湖\tLAKE\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.tsv:1"):
        read_lexicon(tmp_path / "bad.tsv")


def test_train_and_evaluate_tiny_ner(tmp_path):
    torch.manual_seed(0)
    base = tiny_base(tmp_path / "base")
    write_jsonl([labeled(id=f"s{i}", officials=[Official("谢沁菲", "党委书记", "义亭镇")]) for i in range(8)], tmp_path / "train.jsonl")
    config = NerConfig(base_model=str(base), train=[{"path": str(tmp_path / "train.jsonl"), "format": "jsonl", "repeat": 2}],
                       dev=[{"path": str(tmp_path / "train.jsonl"), "format": "jsonl"}], output=str(tmp_path / "ner"),
                       epochs=12, batch_size=4, learning_rate=1e-2, warmup_ratio=0.0, max_length=16)
    out = train_ner(config, progress=False)
    assert AutoModelForTokenClassification.from_pretrained(out).config.id2label[1] == "B-LOC"
    assert json.loads((out / "zhpolicy.json").read_text())["task"] == "ner"
    tagger = EntityTagger.from_folder(out)
    [found] = tagger.tag([NER_TEXT * 2])  # longer than one 16-token window
    assert {e.text for e in found} & {"谢沁菲", "南浔区水利局", "铜鉴湖"}, found
    assert all(left.end <= right.start for left, right in zip(found, found[1:]))  # windows never overlap
    report_dir = tmp_path / "report"
    assert main(["evaluate", "--model", str(out), "--data", str(tmp_path / "train.jsonl"), "--report-dir", str(report_dir)]) == 0
    report = json.loads((report_dir / "report.json").read_text())
    assert set(report["merged"]["per_type"]) == {"LOC", "ORG", "PER", "TITLE"}
    assert report["merged"]["overall"]["f1"] > 0.5
    assert report["officials"]["records"] == 8


def test_zone_words_join_their_place_and_service_roles_and_adverbs_leave_people():
    text = "站长何立新正指导村民，网格员胡琴和消防员来到丽水经济技术开发区和武夷山风景名胜区管委会"
    spans = spans_of(text, [("站长", "TITLE"), ("何立新正", "PER"), ("网格员", "TITLE"), ("胡琴", "PER"),
                            ("消防员", "TITLE"), ("丽水", "LOC"), ("武夷山", "LOC"), ("风景名胜区管委会", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("站长", "TITLE"), ("何立新", "PER"), ("胡琴", "PER"), ("丽水经济技术开发区", "LOC"), ("武夷山风景名胜区管委会", "ORG")]
    # a preposition opening the predicate leaves the name too; a Japanese name ending in 作 stays whole
    text = "副委员长丁仲礼向会议作报告，池田大作说"
    spans = spans_of(text, [("副委员长", "TITLE"), ("丁仲礼向", "PER"), ("池田大作", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["副委员长", "丁仲礼", "池田大作"]
    # a ranked zone, and a body read from inside the zone word
    text = "楠溪江国家级风景名胜区管理委员会主任李晓东到之江国家级旅游度假区"
    spans = spans_of(text, [("楠溪江", "LOC"), ("名胜区管理委员会", "ORG"), ("主任", "TITLE"), ("李晓东", "PER"), ("之江", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("楠溪江国家级风景名胜区管理委员会", "ORG"), ("主任", "TITLE"), ("李晓东", "PER"), ("之江国家级旅游度假区", "LOC")]


def test_a_name_takes_back_the_character_its_team_took():
    text = "教授张国平团队和上海软星团队"
    spans = spans_of(text, [("教授", "TITLE"), ("张国", "PER"), ("平团队", "ORG"), ("上海软星团队", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("教授", "TITLE"), ("张国平", "PER"), ("上海软星团队", "ORG")]


def test_a_post_without_a_person_in_its_clause_is_not_tagged():
    text = "镇政府组织专家排查，副县长带队。县委书记、县长王建国出席"
    spans = spans_of(text, [("专家", "TITLE"), ("副县长", "TITLE"), ("县委书记", "TITLE"), ("县长", "TITLE"), ("王建国", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("县委书记", "TITLE"), ("县长", "TITLE"), ("王建国", "PER")]


def test_an_officials_visit_leaves_the_name_and_the_destination():
    text = "副部长陈敏来浙调研，董事长张智刚来浙考察，副厅长刘国平到温岭督导，周恩来总理"
    spans = spans_of(text, [("副部长", "TITLE"), ("陈敏来", "PER"), ("浙调研", "LOC"), ("董事长", "TITLE"), ("张智刚", "PER"),
                            ("浙", "TITLE"), ("考察", "TITLE"), ("副厅长", "TITLE"), ("刘国平", "PER"), ("温岭", "ORG"),
                            ("周恩来", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("副部长", "TITLE"), ("陈敏", "PER"), ("浙", "LOC"), ("董事长", "TITLE"), ("张智刚", "PER"), ("浙", "LOC"),
        ("副厅长", "TITLE"), ("刘国平", "PER"), ("温岭", "LOC"), ("周恩来", "PER"), ("总理", "TITLE")]
    # a span that ran on through the verb into the visit's subject; a delegation (考察团) keeps its name
    text = "副省长徐文光到衢州调研防汛防台工作，会见台湾经贸考察团"
    spans = spans_of(text, [("副省长", "TITLE"), ("徐文光", "PER"), ("衢州调研防汛防台", "ORG"), ("台湾经贸考察团", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("副省长", "TITLE"), ("徐文光", "PER"), ("衢州", "LOC"), ("台湾经贸考察团", "ORG")]
    # a three-character name that took the 来 of a visit to a city named in full
    text = "董事长尹积军来湖州调研"
    spans = spans_of(text, [("董事长", "TITLE"), ("尹积军来", "PER"), ("湖州", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("董事长", "TITLE"), ("尹积军", "PER"), ("湖州", "LOC")]


def test_a_listed_place_gets_back_the_first_character_the_tagger_left_out():
    text = "临安区龙岗镇、岛石镇和、各村"
    spans = spans_of(text, [("临安区龙岗镇", "LOC"), ("石镇", "LOC"), ("村", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("临安区龙岗镇", "LOC"), ("岛石镇", "LOC")]


def test_a_listed_place_cut_to_one_character_and_a_town_left_out_of_a_chain_are_made_whole():
    text = "提醒临安、淳安、建德等地。龙泉市兰巨乡官埔垟村，长潭水库大坝上，主要江河，据新华社电"
    spans = spans_of(text, [("临安", "LOC"), ("淳安", "LOC"), ("建", "LOC"), ("龙泉市", "LOC"), ("官埔垟村", "LOC"),
                            ("长潭水库大坝", "LOC"), ("江河", "LOC"), ("新华社电", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("临安", "LOC"), ("淳安", "LOC"), ("建德", "LOC"), ("龙泉市兰巨乡官埔垟村", "LOC"), ("长潭水库", "LOC"),
        ("新华社", "ORG")]


def test_a_short_organization_in_a_list_of_places_is_a_place_and_an_owner_holds_no_post():
    text = "抢修人员奔赴石浦、高塘、鹤浦等地。芦茨村的民宿业主徐慧芳说，杭州、浙江大学、宁波"
    spans = spans_of(text, [("石浦", "LOC"), ("高塘", "ORG"), ("鹤浦", "LOC"), ("芦茨村", "LOC"), ("民宿业主", "TITLE"),
                            ("徐慧芳", "PER"), ("杭州", "LOC"), ("浙江大学", "ORG"), ("宁波", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("石浦", "LOC"), ("高塘", "LOC"), ("鹤浦", "LOC"), ("芦茨村", "LOC"), ("徐慧芳", "PER"), ("杭州", "LOC"),
        ("浙江大学", "ORG"), ("宁波", "LOC")]


def test_a_trailing_de_a_slogan_and_a_body_cut_off_its_level_word_are_no_names():
    text = "家住莲都区紫金街道的82岁老人周美娟说：“绿水青山就是金山银山。”县应急管理局联合县自然资源局、县气象局"
    spans = spans_of(text, [("莲都区紫金街道的82", "LOC"), ("周美娟", "PER"), ("绿水青山", "LOC"), ("金山银山", "LOC"),
                            ("自然资源局", "ORG"), ("气象局", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("莲都区紫金街道", "LOC"), ("周美娟", "PER")]


def test_a_named_committee_read_into_a_post_is_split_out_of_it():
    text = "仙居县委书记王彩莲调研，县委副书记、县长王建华陪同"
    spans = spans_of(text, [("仙居县委书记", "TITLE"), ("王彩莲", "PER"), ("县委副书记", "TITLE"), ("县长", "TITLE"),
                            ("王建华", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("仙居县委", "ORG"), ("书记", "TITLE"), ("王彩莲", "PER"), ("县委副书记", "TITLE"), ("县长", "TITLE"), ("王建华", "PER")]
    assert extract_officials(text, cleaned)[0] == Official("王彩莲", "书记", "仙居县委")


def test_a_post_stopped_at_the_party_organ_gets_its_member_back():
    text = "市水利局党组成员、副局长陈卫国介绍"
    spans = spans_of(text, [("市水利局", "ORG"), ("党组", "TITLE"), ("副局长", "TITLE"), ("陈卫国", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("党组成员", "TITLE"), ("副局长", "TITLE"), ("陈卫国", "PER")]
    assert extract_officials(text, cleaned) == [Official("陈卫国", "党组成员", None), Official("陈卫国", "副局长", None)]


def test_a_post_gets_back_what_the_tagger_read_into_its_body_and_a_name_its_first_character():
    text = "岗巴县供电公司运检班班长普布说，广场路小学校长郑慧敏说，仪陇县委组织部部长李明表示，中铁十局一部经理王强"
    spans = spans_of(text, [("岗巴县供电公司运", "ORG"), ("检班班长", "TITLE"), ("普布", "PER"), ("小学校长", "TITLE"),
                            ("郑慧敏", "PER"), ("陇县委组织部", "ORG"), ("部长", "TITLE"), ("李明", "PER"),
                            ("中铁十局一部", "ORG"), ("经理", "TITLE"), ("王强", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("岗巴县供电公司", "ORG"), ("运检班班长", "TITLE"), ("普布", "PER"), ("广场路小学", "ORG"), ("校长", "TITLE"),
        ("郑慧敏", "PER"), ("仪陇县委组织部", "ORG"), ("部长", "TITLE"), ("李明", "PER"), ("中铁十局一部", "ORG"),
        ("经理", "TITLE"), ("王强", "PER")]
    assert extract_officials(text, cleaned)[:3] == [
        Official("普布", "运检班班长", "岗巴县供电公司"), Official("郑慧敏", "校长", "广场路小学"),
        Official("李明", "部长", "仪陇县委组织部")]
    # a one-character place inside a verb word stays as it is (访|华)
    text = "江泽民主席访华"
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("华", "LOC")]))] == [("华", "LOC")]


def test_a_post_beside_no_one_is_dropped_and_a_villages_committee_goes_into_the_post():
    text = "会上，市委书记、市长徐仁标作动员讲话。巴特尔是合作社的理事长，张伟担任村党支部书记"
    spans = spans_of(text, [("市委书记", "TITLE"), ("市长", "TITLE"), ("徐仁标", "PER"), ("动员", "TITLE"),
                            ("巴特尔", "PER"), ("理事长", "TITLE"), ("张伟", "PER"), ("党支部书记", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("市委书记", "TITLE"), ("市长", "TITLE"), ("徐仁标", "PER"), ("巴特尔", "PER"), ("理事长", "TITLE"),
        ("张伟", "PER"), ("党支部书记", "TITLE")]
    text = "温岭市石塘镇箬山村村委会主任郭志明说，白合村村委会组织村民"
    spans = spans_of(text, [("温岭市", "LOC"), ("石塘镇箬山村村委会", "ORG"), ("主任", "TITLE"), ("郭志明", "PER"),
                            ("白合村村委会", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("温岭市石塘镇箬山村", "LOC"), ("村委会主任", "TITLE"), ("郭志明", "PER"), ("白合村村委会", "ORG")]
    assert extract_officials(text, cleaned) == [Official("郭志明", "村委会主任", "温岭市石塘镇箬山村")]


def test_the_place_a_meeting_is_held_in_is_tagged():
    text = "推进会在杭州召开，在这里举行，在会上"
    assert [(e.text, e.type) for e in clean_spans(text, [])] == [("杭州", "LOC")]


def test_a_residents_name_read_as_a_place_is_a_person():
    text = "村民包福兴家的房屋被冲毁，游客西湖边拍照。"
    spans = spans_of(text, [("包福兴", "LOC"), ("西湖", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("包福兴", "PER"), ("西湖", "LOC")]
    # 驻村 (stationed in the village) is no place
    text = "干部张伟驻村以来"
    assert clean_spans(text, spans_of(text, [("张伟", "PER"), ("驻村", "LOC")])) == spans_of(text, [("张伟", "PER")])


def test_schools_are_organizations_reporters_are_people_and_pieces_of_words_are_no_posts():
    text = "平桥镇中心幼儿园园长丁小燕到河长制公示牌前，获评优秀党务工作者。（记者 应磊）"
    spans = spans_of(text, [("平桥镇中心幼儿园", "LOC"), ("园长", "TITLE"), ("丁小燕", "PER"), ("河长", "TITLE"),
                            ("党务", "TITLE"), ("应磊", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("平桥镇中心幼儿园", "ORG"), ("园长", "TITLE"), ("丁小燕", "PER"), ("应磊", "PER")]


def test_a_place_cut_short_grows_to_the_dictionary_place_the_text_names_elsewhere():
    text = "他访问俄罗斯时，向俄罗斯总理提出。黄河水和黄河水"
    spans = spans_of(text, [("俄罗", "LOC"), ("俄罗斯", "LOC"), ("黄河水", "LOC"), ("黄河", "LOC")])
    # 黄河 is a place word already: it does not grow into the 黄河水 tagged before it (which gives up its water)
    assert [(e.text, e.start) for e in clean_spans(text, spans)] == [("俄罗斯", 3), ("俄罗斯", 9), ("黄河", 17), ("黄河", 21)]


def test_an_untagged_village_committee_or_rank_before_a_post_is_part_of_the_post():
    text = "乾西乡大路村村委会主任郑雪琴说"
    spans = spans_of(text, [("乾西乡大路村", "LOC"), ("主任", "TITLE"), ("郑雪琴", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("乾西乡大路村", "LOC"), ("村委会主任", "TITLE"), ("郑雪琴", "PER")]
    assert extract_officials(text, cleaned) == [Official("郑雪琴", "村委会主任", "乾西乡大路村")]
    # a civil-service rank is part of the post it grades, and the chain of posts holds across it
    text = "省水利厅副厅长、一级巡视员杨炯带队，二级调研员"
    spans = spans_of(text, [("省水利厅", "ORG"), ("副厅长", "TITLE"), ("巡视员", "TITLE"), ("杨炯", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("副厅长", "TITLE"), ("一级巡视员", "TITLE"), ("杨炯", "PER")]
    assert extract_officials(text, cleaned) == [Official("杨炯", "副厅长", None), Official("杨炯", "一级巡视员", None)]


def test_a_chain_of_places_goes_on_into_the_feature_it_names():
    """梅州市平远县|柚树河 is one chain (LABELS.md); 依山傍溪, 仅一河之隔 and a verb before a lake are not names."""
    text = "梅州市平远县柚树河幸福河湖建设项目完工，共和县塔拉滩光伏园；后岸村依山傍溪，与通州区仅一河之隔，大理州实施环湖截污"
    spans = spans_of(text, [("梅州市平远县", "LOC"), ("共和县塔拉", "LOC"), ("后岸村", "LOC"), ("通州区", "LOC"),
                            ("大理州", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["梅州市平远县柚树河", "共和县塔拉滩", "后岸村", "通州区", "大理州"]


def test_posts_read_across_a_committee_or_a_province_are_mended():
    """From CCTV news: 朝鲜劳动党|委员长 stays; a committee's 委 goes back to its body (国家发展改革委|主任, 石狮市委|书记);
    a village committee's first character into the post (青湾村村|委会主任); a province named without 省 out of its
    governor's post (浙江|省长); 所 + verb after a post is no part of it (总理|所作)."""
    text = "会见朝鲜劳动党委员长金正恩，国家发展改革委主任何立峰、福建石狮市委书记张永宁、青湾村村委会主任蔡福想、浙江省长王浩赞成李克强总理所作的报告"
    spans = spans_of(text, [("朝鲜劳动党", "ORG"), ("委员长", "TITLE"), ("金正恩", "PER"),
                            ("国家发展改革", "ORG"), ("委主任", "TITLE"), ("何立峰", "PER"),
                            ("福建石狮市", "LOC"), ("委书记", "TITLE"), ("张永宁", "PER"),
                            ("青湾村", "LOC"), ("委会主任", "TITLE"), ("蔡福想", "PER"),
                            ("浙江省长", "TITLE"), ("王浩", "PER"), ("李克强", "PER"), ("总理所", "TITLE")])
    cleaned = clean_spans(text, spans)
    officials = {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}
    assert officials == {("金正恩", "委员长", "朝鲜劳动党"), ("何立峰", "主任", "国家发展改革委"),
                         ("张永宁", "书记", "福建石狮市委"), ("蔡福想", "村委会主任", "青湾村"),
                         ("王浩", "省长", "浙江"), ("李克强", "总理", None)}


def test_leaders_in_national_news_keep_their_own_posts():
    """From CCTV news: a spouse holds no post (委员长|夫人李雪主), a speaker's 作 and a verb after 总统 are no part of
    name or post, 主持会议 is no post, a word's last character read into a name named elsewhere goes back (感|谢),
    and a company's ending read into the post goes back to the company."""
    text = ("金正恩委员长夫人李雪主参加会见。财经委副主任委员翁杰明作关于计划的报告。向纳扎尔巴耶夫首任总统颁授勋章。"
            "陈希主持会议。习近平感谢洛伊特哈德主席，洛伊特哈德表示欢迎。成都华西海圻医药科技有限公司总经理王莉说")
    spans = spans_of(text, [("金正恩", "PER"), ("委员长夫人", "TITLE"), ("李雪主", "PER"),
                            ("财经委副主任委员", "TITLE"), ("翁杰明作", "PER"), ("纳扎尔巴耶夫", "PER"),
                            ("首任总统颁授", "TITLE"), ("陈希", "PER"), ("主持会议", "TITLE"), ("习近平", "PER"),
                            ("谢洛伊特哈德", "PER"), ("主席", "TITLE"), ("洛伊特哈德", "PER"),
                            ("成都华西海圻医药科技", "ORG"), ("有限公司总经理", "TITLE"), ("王莉", "PER")])
    cleaned = clean_spans(text, spans)
    officials = {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}
    assert officials == {("金正恩", "委员长", None), ("翁杰明", "副主任委员", "财经委"), ("纳扎尔巴耶夫", "首任总统", None),
                         ("洛伊特哈德", "主席", None), ("王莉", "总经理", "成都华西海圻医药科技有限公司")}


def test_former_posts_and_characters_taken_from_neighbours_are_mended():
    """From CCTV news: 原 (former) is no part of the body (三乡镇原党委|书记 → 三乡镇 + 党委书记); a person's first
    character read into the post goes back where the text names the person whole (秘书佩|斯科夫); a place gives the
    word before it back its character (其中|泸县)."""
    text = "广东省中山市三乡镇原党委书记梁常兴被免职。总统新闻秘书佩斯科夫表示，佩斯科夫还说；其中泸县县长谭光军被处分"
    spans = spans_of(text, [("广东省中山市三乡镇原党委", "ORG"), ("书记", "TITLE"), ("梁常兴", "PER"),
                            ("总统新闻秘书佩", "TITLE"), ("斯科夫", "PER"), ("佩斯科夫", "PER"),
                            ("中泸县", "LOC"), ("县长", "TITLE"), ("谭光军", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned][:3] == [("广东省中山市三乡镇", "LOC"), ("党委书记", "TITLE"), ("梁常兴", "PER")]
    officials = {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}
    assert officials == {("梁常兴", "党委书记", "广东省中山市三乡镇"), ("佩斯科夫", "总统新闻秘书", None),
                         ("谭光军", "县长", "泸县")}


def test_flood_news_names_are_read_whole_and_nothing_more():
    """From CCTV flood news: the flood is no place, a body stops before 会同, a leading group gets its 小组, and a
    name stops at a bracket it does not close (央视网(新闻联播)消息)."""
    text = "洪水冲进村庄。应急管理部会同国家粮食和物资储备局调拨物资。中央创先争优活动领导小组发出通知。央视网(新闻联播)消息"
    spans = spans_of(text, [("洪水", "LOC"), ("应急管理部会", "ORG"), ("国家粮食和物资储备局", "ORG"),
                            ("中央创先争优活动领导", "ORG"), ("央视网(新闻联", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["应急管理部", "国家粮食和物资储备局", "中央创先争优活动领导小组", "央视网"]


def test_a_person_the_text_names_is_read_whole_and_no_longer():
    """From CCTV news: a place read inside a person's name is the person (何|德兴 beside 何德兴); a last character that
    opens the next word goes back where the text names the person without it (赵彪|成为); a party post read into the
    end of its body is split off (市场监督管理局|党组书记)."""
    text = "何德兴带头。不过，何德兴和其他村干部还住旧房。县长赵彪成为第一个，赵彪得分最高。六枝特区市场监督管理局党组书记、局长丁朝栋被诫勉谈话"
    spans = spans_of(text, [("何德兴", "PER"), ("德兴", "LOC"), ("县长", "TITLE"), ("赵彪成", "PER"), ("赵彪", "PER"),
                            ("六枝特区市场监督管理局党组书记", "ORG"), ("局长", "TITLE"), ("丁朝栋", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned][:5] == [("何德兴", "PER"), ("何德兴", "PER"), ("县长", "TITLE"),
                                                       ("赵彪", "PER"), ("赵彪", "PER")]
    officials = {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}
    assert ("丁朝栋", "党组书记", "六枝特区市场监督管理局") in officials and ("丁朝栋", "局长", "六枝特区市场监督管理局") in officials


def test_a_person_is_cut_out_of_what_the_tagger_read_on_into():
    """From CCTV news: a two-character word after a name the text names alone goes (刘先伟|明白, 习近平|同志); a
    person and a verb read into a place are split out of it (李昌银|帮助|三板村); a year is no name."""
    text = "刘先伟当选。刘先伟明白，习近平强调，习近平同志指出，李昌银说，李昌银帮助三板村定下规划。1975年"
    spans = spans_of(text, [("刘先伟", "PER"), ("刘先伟明白", "PER"), ("习近平", "PER"), ("习近平同志", "PER"),
                            ("李昌银", "PER"), ("李昌银帮助三板村", "LOC"), ("1975年", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)][1:] == [
        ("刘先伟", "PER"), ("习近平", "PER"), ("习近平", "PER"), ("李昌银", "PER"), ("李昌银", "PER"), ("三板村", "LOC")]


def test_common_nouns_of_local_news_are_no_names():
    text = "宣读了习近平主席的贺信。创客希望拎包办公，小镇就把装修做好；山岭坡地开发成人工花海，住在深山里，改革是乡村振兴的法宝，熨斗山村变成了富裕村"
    spans = spans_of(text, [("习近平", "PER"), ("主席", "TITLE"), ("贺信", "PER"), ("小镇", "LOC"), ("山岭", "LOC"),
                            ("花海", "LOC"), ("深山", "LOC"), ("法宝", "LOC"), ("熨斗山村", "LOC"), ("富裕村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["习近平", "主席", "熨斗山村"]


def test_local_news_particles_teams_and_former_villages():
    """From CCTV local news: 了 before a name the text names alone goes (触动了|娜布琴); a person's 团队 read as one ORG
    is the person; 原村 before a post is no place (原|村党支部副书记); 党内 (of 党内警告) and 路子 are no names."""
    text = "娜布琴笑了。小羊触动了娜布琴。唐胜忠说，唐胜忠团队再次来到现场。原村党支部副书记徐荣贵，王宗明党内警告，找对路子"
    spans = spans_of(text, [("娜布琴", "PER"), ("了娜布琴", "PER"), ("唐胜忠", "PER"), ("唐胜忠团队", "ORG"),
                            ("原村", "LOC"), ("党支部副书记", "TITLE"), ("徐荣贵", "PER"), ("王宗明", "PER"),
                            ("党内", "TITLE"), ("路子", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("娜布琴", "PER"), ("娜布琴", "PER"), ("唐胜忠", "PER"), ("唐胜忠", "PER"), ("党支部副书记", "TITLE"),
        ("徐荣贵", "PER"), ("王宗明", "PER")]


def test_a_grower_and_a_sub_district_office_are_read_right():
    text = "在平度市大泽山镇种植户昌云军的葡萄园里；在石家庄市桥东区建安街道办事处，方便居民"
    spans = spans_of(text, [("平度市大泽山镇种植户昌云军", "LOC"), ("石家庄市桥东区建安街道办事", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("平度市大泽山镇", "LOC"), ("昌云军", "PER"), ("石家庄市桥东区建安街道办事处", "ORG")]


def test_a_person_that_is_a_chain_of_places_is_a_place():
    text = "福建南平为居家老人免费安装燃气报警器；莱索托新首相莫西西利上任"
    spans = spans_of(text, [("福建南平", "PER"), ("首相", "TITLE"), ("莫西西利", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("福建南平", "LOC"), ("莱索托", "LOC"), ("首相", "TITLE"), ("莫西西利", "PER")]  # 莱索托: a country left untagged



def test_a_country_read_as_a_person_is_a_place_and_completes_its_short_mention():
    text = "贝宁总统塔隆表示欢迎；疫情波及乌干达两个国家，乌干达确认病例；贝宁先生在卢浮宫"
    spans = spans_of(text, [("贝宁", "PER"), ("总统", "TITLE"), ("塔隆", "PER"), ("乌干", "LOC"), ("乌干达", "PER"),
                            ("贝宁", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("贝宁", "LOC"), ("总统", "TITLE"), ("塔隆", "PER"), ("乌干达", "LOC"),
                                                   ("乌干达", "LOC"), ("贝宁", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("塔隆", "总统", "贝宁")]


def test_clause_punctuation_and_an_unpaired_bracket_leave_a_span():
    text = "本报讯（记者姜葳）今天，刘鹤同志为国务院副总理；魏凤和为部长"
    spans = spans_of(text, [("姜葳）", "PER"), ("刘鹤", "PER"), ("国务院", "ORG"), ("副总理；", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("姜葳", "PER"), ("刘鹤", "PER"), ("国务院", "ORG"), ("副总理", "TITLE")]


def test_a_post_ends_before_a_conjunction_or_a_word_of_leading_after_it():
    text = "金正恩委员长和习近平总书记通过会晤；在习近平总书记领导下；总书记委托张林顺问好；习近平总书记念兹在兹"
    spans = spans_of(text, [("金正恩", "PER"), ("委员长和", "TITLE"), ("习近平", "PER"), ("总书记", "TITLE"),
                            ("习近平", "PER"), ("总书记领导", "TITLE"), ("总书记委托", "TITLE"), ("张林顺", "PER"),
                            ("习近平", "PER"), ("总书记", "TITLE"), ("念兹", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"][:3] == ["委员长", "总书记", "总书记"]
    assert "念兹" not in [e.text for e in cleaned]
    officials = {(o.name, o.title) for o in extract_officials(text, cleaned)}
    assert ("金正恩", "委员长") in officials and ("习近平", "委员长和") not in officials
    assert not any(title.startswith("总书记") and len(title) > 3 for _, title in officials)


def test_occupations_are_roles_and_a_typhoon_quoted_before_its_word_is_no_name():
    text = "老科学家俞鸿儒、特教老师刘玲琍、视障歌唱演员萧凯恩、护理人员李楠楠、驾驶员王炳楷和站长李福强；“杜苏芮”台风登陆；黄河防总启动响应"
    spans = spans_of(text, [("科学家", "TITLE"), ("俞鸿儒", "PER"), ("特教老师", "TITLE"), ("刘玲琍", "PER"),
                            ("歌唱演员", "TITLE"), ("萧凯恩", "PER"), ("护理人员", "TITLE"), ("李楠楠", "PER"),
                            ("驾驶员", "TITLE"), ("王炳楷", "PER"), ("站长", "TITLE"), ("李福强", "PER"),
                            ("杜苏芮", "PER"), ("黄河防总启动", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("李福强", "站长")]
    assert "杜苏芮" not in [e.text for e in cleaned] and ("黄河防总", "ORG") in [(e.text, e.type) for e in cleaned]


def test_a_village_gives_back_the_village_of_its_collective_and_a_completed_generic_word_goes():
    text = "2023年，澳角村村集体收入超过170万元。广大干部群众表示"
    spans = spans_of(text, [("澳角村村", "LOC"), ("广大干", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("澳角村", "LOC")]


def test_a_place_merged_with_a_completed_common_noun_is_cut_back_to_the_place():
    text = "总书记的到来让河北广大干部群众备感振奋"
    spans = spans_of(text, [("河北", "LOC"), ("广大干", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("河北", "LOC")]


def test_an_untagged_congress_member_post_is_tagged_where_it_makes_an_official():
    text = "全国人大代表、淮安市委书记史志军作了汇报。港区全国人大代表卢瑞安表示。全国政协委员王平发言。当选全国人大代表以来，刘艳英提出建议"
    spans = spans_of(text, [("淮安市委", "ORG"), ("书记", "TITLE"), ("史志军", "PER"), ("卢瑞安", "PER"), ("王平", "PER"),
                            ("刘艳英", "PER")])
    cleaned = clean_spans(text, spans)
    assert {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)} == {
        ("史志军", "代表", "全国人大"), ("史志军", "书记", "淮安市委"), ("卢瑞安", "代表", "全国人大"),
        ("王平", "委员", "全国政协")}
    assert [(e.text, e.type) for e in cleaned if e.start > text.index("刘艳英") - 12] == [("刘艳英", "PER")]  # no person in its clause


def test_a_name_read_as_a_place_right_after_a_post_is_its_holder_in_every_mention():
    text = "天津市原市委代理书记、市长黄兴国严重违纪问题。黄兴国身为中央委员。习近平总书记兰考讲话，按照总书记长三角一体化发展战略"
    spans = spans_of(text, [("天津市", "LOC"), ("黄兴国", "LOC"), ("习近平", "PER"), ("总书记", "TITLE"), ("兰考", "LOC"),
                            ("长三角", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.type for e in cleaned if e.text == "黄兴国"] == ["PER", "PER"]
    assert ("黄兴国", "市长") in {(o.name, o.title) for o in extract_officials(text, cleaned)}
    assert [(e.text, e.type) for e in cleaned if e.text in ("兰考", "长三角")] == [("兰考", "LOC"), ("长三角", "LOC")]


def test_a_person_read_into_the_start_of_a_longer_word_is_cut_where_the_text_names_the_person():
    text = "徐淙祥是太和县示范基地党支部书记。上世纪70年代初，徐淙祥高中毕业后，回到家乡太和县务农"
    spans = spans_of(text, [("徐淙祥", "PER"), ("徐淙祥高中", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["徐淙祥", "徐淙祥"]


def test_a_person_cut_short_the_same_way_at_every_mention_is_completed():
    text = "1985年，韦昌进随部队参加作战。身负重伤的韦昌进潜伏下来。韦昌进注重培育战斗精神。陆磊表示，陆磊表示，陆磊表示。汤尤杯，汤尤杯，汤尤杯"
    names = [("韦昌", "PER")] * 3 + [("陆磊", "PER")] * 3 + [("汤尤", "PER")] * 3
    spans = spans_of(text, names)
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["韦昌进"] * 3 + ["陆磊"] * 3 + ["汤尤"] * 3


def test_a_verb_of_holding_later_in_the_clause_gives_the_person_the_post_but_not_a_denied_one():
    text = "黄文秀响应号召来到乐业县百坭村担任驻村第一书记。2005年，宋福如却选择回到家乡担任村支书。蔡奇同志不再兼任北京市委书记。"
    spans = spans_of(text, [("黄文秀", "PER"), ("乐业县百坭村", "LOC"), ("驻村第一书记", "TITLE"), ("宋福如", "PER"),
                            ("村支书", "TITLE"), ("蔡奇", "PER"), ("北京市委", "ORG"), ("书记", "TITLE")])
    assert {(o.name, o.title, o.org) for o in extract_officials(text, spans)} == {
        ("黄文秀", "驻村第一书记", "乐业县百坭村"), ("宋福如", "村支书", None)}


def test_serving_alone_later_in_the_clause_gives_the_person_the_post_it_stands_right_before():
    """任 alone before a post, or a body and its post, later in the person's clause (交流到荆州市任公安局长, 连任德国总理:
    CCTV news) gives the person the post; not 时任 of a post a person named after it holds, nor 任 inside 任务 or 责任."""
    text = ("周振武从湖北省公安厅交流到荆州市任公安局长。默克尔连任德国总理。竹田恒和转给了时任国际田联主席迪亚克的儿子。"
            "李明完成任务村委会主任很满意。")
    spans = spans_of(text, [("周振武", "PER"), ("湖北省公安厅", "ORG"), ("荆州市", "LOC"), ("公安局长", "TITLE"),
                            ("默克尔", "PER"), ("德国", "LOC"), ("总理", "TITLE"), ("竹田恒和", "PER"),
                            ("国际田联", "ORG"), ("主席", "TITLE"), ("迪亚克", "PER"), ("李明", "PER"), ("主任", "TITLE")])
    assert {(o.name, o.title, o.org) for o in extract_officials(text, spans)} == {
        ("周振武", "公安局长", "荆州市"), ("默克尔", "总理", "德国"), ("迪亚克", "主席", "国际田联")}


def test_an_obituarys_held_posts_are_the_persons_and_a_government_head_gets_the_place():
    text = "廖俊波生前是福建省南平市委常委、副市长。"
    spans = spans_of(text, [("廖俊波", "PER"), ("福建省南平市委", "ORG"), ("常委", "TITLE"), ("副市长", "TITLE")])
    assert {(o.name, o.title, o.org) for o in extract_officials(text, spans)} == {
        ("廖俊波", "常委", "福建省南平市委"), ("廖俊波", "副市长", "福建省南平市")}


def test_a_posts_charge_is_cut_off_it_and_the_body_before_the_charge_is_the_posts():
    text = "县水利局分管副局长张营灏也表示很为难。中央改革办分管日常工作的副主任、国家发展改革委副主任穆虹介绍"
    spans = spans_of(text, [("分管副局长", "TITLE"), ("张营灏", "PER"), ("中央改革办", "ORG"), ("分管日常工作的副主任", "TITLE"),
                            ("国家发展改革委", "ORG"), ("副主任", "TITLE"), ("穆虹", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["副局长", "副主任", "副主任"]
    assert {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)} == {
        ("张营灏", "副局长", None), ("穆虹", "副主任", "中央改革办"), ("穆虹", "副主任", "国家发展改革委")}


def test_a_party_working_committee_is_a_party_organ_of_the_post():
    text = "吉林省吉林市龙潭区新吉林街道办事处党工委书记刘宪峰违规组织公款吃喝问题"
    spans = spans_of(text, [("吉林省吉林市龙潭区新吉林街道办事处党工委", "ORG"), ("书记", "TITLE"), ("刘宪峰", "PER")])
    cleaned = clean_spans(text, spans)
    assert {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)} == {
        ("刘宪峰", "党工委书记", "吉林省吉林市龙潭区新吉林街道办事处")}


def test_a_name_read_as_a_place_before_is_and_a_head_post_is_the_posts_holder():
    text = "今年30岁的黄明山是吉潭镇镇长。黄明山说，他到吉潭当镇长不到一年。江西是革命老区"
    spans = spans_of(text, [("黄明山", "LOC"), ("吉潭镇", "LOC"), ("黄明山", "LOC"), ("江西", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.type for e in cleaned if e.text in ("黄明山", "江西")] == ["PER", "PER", "LOC"]
    assert ("黄明山", "镇长", "吉潭镇") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_a_group_read_from_inside_a_word_gets_its_name_back_to_the_mark_and_the_list_of_posts_holds():
    text = "中共中央政治局常委、中央党的建设工作领导小组组长蔡奇主持会议并讲话"
    spans = spans_of(text, [("中共中央政治局", "ORG"), ("常委", "TITLE"), ("作领导小组", "ORG"), ("组长", "TITLE"), ("蔡奇", "PER")])
    cleaned = clean_spans(text, spans)
    assert ("中央党的建设工作领导小组", "ORG") in [(e.text, e.type) for e in cleaned]
    assert {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)} == {
        ("蔡奇", "常委", "中共中央政治局"), ("蔡奇", "组长", "中央党的建设工作领导小组")}


def test_serves_as_is_cut_off_a_post_and_holds_it_after_a_name():
    text = "贵州省成立了以省委书记谌贻琴任组长的领导机构。1926年，雷晋乾任支部书记。"
    spans = spans_of(text, [("贵州省", "LOC"), ("省委书记", "TITLE"), ("谌贻琴", "PER"), ("任组长", "TITLE"), ("雷晋乾", "PER"),
                            ("支部书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["省委书记", "组长", "支部书记"]
    assert {(o.name, o.title) for o in extract_officials(text, cleaned)} == {
        ("谌贻琴", "省委书记"), ("谌贻琴", "组长"), ("雷晋乾", "支部书记")}


def test_a_natural_feature_cut_short_is_completed_where_the_text_tags_it_whole_twice():
    text = "平陆运河全长约140公里。平陆运河以发展航运为主，平陆运河两岸。经曼德海峡出口，经曼德海峡运输，曼德海峡恢复"
    spans = spans_of(text, [("平陆运河", "LOC"), ("平陆运河", "LOC"), ("经曼德海峡", "LOC"), ("经曼德海峡", "LOC"), ("曼德海峡", "LOC")])
    third = text.index("平陆运河两岸") + 2
    spans.append(Entity(third, third + 2, "LOC", "运河"))  # the third mention read short: 平陆|运河
    cleaned = [e.text for e in clean_spans(text, spans) if e.type == "LOC"]
    assert cleaned.count("平陆运河") == 3 and "运河" not in cleaned
    assert cleaned[-1] == "曼德海峡"  # not grown to a name read with a preposition


def test_a_party_a_delegation_and_a_press_office_cut_inside_their_ending_are_completed():
    text = "承载着中国共产党人的初心；河南代表团审议；国务院新闻办举行发布会；中国共产党促进发展"
    spans = spans_of(text, [("中国共产", "ORG"), ("河南代表", "ORG"), ("国务院新闻", "ORG"), ("中国共产党促", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["中国共产党", "河南代表团", "国务院新闻办", "中国共产党"]


def test_a_head_of_unit_read_into_a_place_before_its_holder_is_a_post():
    text = "赤峰市长孟宪东汇报说；革命老区横坎头村在四明山水库上游；移民搬迁新村建设"
    spans = spans_of(text, [("赤峰市长", "LOC"), ("孟宪东", "PER"), ("老区横坎头村", "LOC"), ("四明山", "LOC"), ("新村", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("赤峰", "LOC"), ("市长", "TITLE"), ("孟宪东", "PER"), ("横坎头村", "LOC"),
                                                   ("四明山水库", "LOC")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("孟宪东", "市长", "赤峰")]


def test_a_comrade_is_a_person_and_a_dangling_dot_leaves_a_name():
    text = "在毛泽东同志领导下；区纪委同志耐心帮教；村民图妮萨汗·居麦家；在上海虹桥火车站；国新办举行吹风会"
    spans = spans_of(text, [("毛泽东", "LOC"), ("区纪委", "ORG"), ("图妮萨汗·", "PER"), ("上海虹桥火", "LOC"), ("国新", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("毛泽东", "PER"), ("图妮萨汗", "PER"), ("上海虹桥", "LOC"), ("国新办", "ORG")]


def test_the_head_of_state_and_a_direction_after_a_place():
    text = "中共中央总书记、国家主席、中央军委主席习近平对浙江省安吉县黄杜村农民党员来信作出指示；浏阳位于湖南东部山区"
    spans = spans_of(text, [("中共中央", "ORG"), ("总书记", "TITLE"), ("主席", "TITLE"), ("中央军委", "ORG"), ("主席", "TITLE"),
                            ("习近平", "PER"), ("浙江省安吉县黄杜", "LOC"), ("浏阳", "LOC"), ("湖南东", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "LOC"] == ["浙江省安吉县黄杜村", "浏阳", "湖南"]
    assert [(o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("总书记", "中共中央"), ("国家主席", None), ("主席", "中央军委")]


def test_counts_of_places_ministries_ranges_and_places_joined_by_de():
    text = "捐赠给四川青川、湖南古丈三省五县；给三省五县带来变化；农业农村部负责人介绍；地处罗霄山脉深处；和田地区的色格孜库勒乡欧尔奴什村；七村的纠纷"
    spans = spans_of(text, [("四川青川", "LOC"), ("湖南古丈三省五县", "LOC"), ("三省五县", "LOC"), ("农业", "ORG"), ("罗霄山", "LOC"),
                            ("和田地区的色格孜库勒乡欧尔奴什村", "LOC"), ("七村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == [
        "四川青川", "湖南古丈", "农业农村部", "罗霄山脉", "和田地区", "色格孜库勒乡欧尔奴什村", "七村"]


def test_a_county_before_its_committee_and_a_word_after_a_held_post():
    text = "蔚县县委书记刘书锋，县委副书记、县长王树国；2013年，习近平总书记曾来到峒山村"
    spans = spans_of(text, [("蔚县县委", "ORG"), ("书记", "TITLE"), ("刘书锋", "PER"), ("县委副书记", "TITLE"), ("县长", "TITLE"),
                            ("王树国", "PER"), ("习近平", "PER"), ("总书记", "TITLE"), ("曾来", "PER"), ("峒山村", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("刘书锋", "县委书记", "蔚县"), ("王树国", "县委副书记", "蔚县"), ("王树国", "县长", "蔚县"), ("习近平", "总书记", None)]


def test_places_joined_across_an_area_word_and_a_direction_before_a_place():
    text = "长江流域四川、重庆受旱；让南部房山区提前转移；宁波部分村庄；南部联邦区演习；温岭市东部新区的企业"
    spans = spans_of(text, [("长江流域四川", "LOC"), ("重庆", "LOC"), ("南部房山区", "LOC"), ("宁波部分", "LOC"),
                            ("南部联邦区", "LOC"), ("温岭市东部新区", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["长江", "四川", "重庆", "房山区", "宁波", "南部联邦区", "温岭市东部新区"]


def test_a_body_ending_opening_a_common_word_and_a_generic_word_after_an_area_word():
    text = "近日，内蒙古部署今年任务；南方局地雨势强劲；铁路分局地处边疆；地处滇藏交界深山峡谷中；转发国家发展改革委通知"
    spans = spans_of(text, [("内蒙古部", "ORG"), ("南方局", "ORG"), ("铁路分局", "ORG"), ("滇藏交界深山", "LOC"), ("国家发展改革", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("内蒙古", "LOC"), ("铁路分局", "ORG"), ("滇藏", "LOC"), ("国家发展改革委", "ORG")]


def test_a_surname_returned_and_no_person_inside_an_idiom():
    text = "坚决贯彻落实习近平总书记重要指示；一年之计在于春；当年大仲马在此；千手观音辉煌夺目；习近平新时代中国特色社会主义思想；献上哈达"
    spans = spans_of(text, [("近平", "PER"), ("总书记", "TITLE"), ("于春", "PER"), ("仲马", "PER"), ("观音", "PER"),
                            ("习近平新", "PER"), ("哈达", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.text != "中国"] == [
        ("习近平", "PER"), ("总书记", "TITLE"), ("仲马", "PER"), ("观音", "PER"), ("习近平", "PER")]


def test_a_sub_unit_ending_goes_back_to_its_body_and_a_local_post_is_tagged():
    text = "国网黑河供电公司输电运检室主任孟庆山说；杭州市临安区天目山镇月亮桥村护林员章德富出发；国家发展改革委党组书记、主任何立峰"
    spans = spans_of(text, [("国网黑河供电公司输电运检", "ORG"), ("室主任", "TITLE"), ("孟庆山", "PER"),
                            ("杭州市临安区天目山镇月亮桥村", "LOC"), ("章德富", "PER"), ("国家发展改革委", "ORG"),
                            ("党组书记、主任", "TITLE"), ("何立峰", "PER")])
    officials = [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))]
    assert officials == [("孟庆山", "主任", "国网黑河供电公司输电运检室"), ("章德富", "护林员", "杭州市临安区天目山镇月亮桥村"),
                         ("何立峰", "党组书记", "国家发展改革委"), ("何立峰", "主任", "国家发展改革委")]


def test_an_amount_is_no_name_and_a_bank_gets_its_ending():
    text = "补助提高至450元；办理建议提案14384件；人民银行发布数据；意大利电视４台和５台；广义货币M2；储备规模为32502亿美元；共计384181辆"
    spans = spans_of(text, [("450元", "ORG"), ("14384件", "ORG"), ("人民", "ORG"), ("意大利", "LOC"), ("５台", "ORG"), ("广义", "LOC"),
                            ("32502亿美元", "ORG"), ("共计384181辆", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["人民银行", "意大利", "５台"]

def test_a_place_read_as_a_person_before_a_post_and_its_holder_is_a_place():
    text = "上海市长应勇、吉林省长韩俊出席；安南秘书长表示欢迎"
    spans = spans_of(text, [("上海", "PER"), ("市长", "TITLE"), ("应勇", "PER"), ("吉林", "PER"), ("省长", "TITLE"),
                            ("韩俊", "PER"), ("安南", "PER"), ("秘书长", "TITLE")])
    officials = {(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))}
    assert officials == {("应勇", "市长", "上海"), ("韩俊", "省长", "吉林"), ("安南", "秘书长", None)}


def test_policy_documents_numbers_governments_and_joint_work():
    """From gov.cn policy texts: a document's number is no name (国务院令|第707号), a people's government cut before
    政府 gets it, a commission stops before 会同 even where jieba reads 革委会, public hospitals are no body."""
    text = "中华人民共和国国务院令 第707号。湖北省人民政府：发展改革委会同水利部研究，深化公立医院改革"
    spans = spans_of(text, [("第707号", "PER"), ("湖北省人民", "ORG"), ("发展改革委会", "ORG"), ("水利部", "ORG"),
                            ("公立医院", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["湖北省人民政府", "发展改革委", "水利部"]


def test_words_of_policy_texts_are_no_names_and_bodies_give_back_a_verbs_character():
    text = "国务院办公厅关于印发方案的通知。同意广东省气象局与香港天文台合建，海关总署负责，在国家宏观调控下，完善与发展政府网站"
    spans = spans_of(text, [("国务院办公厅", "ORG"), ("印发", "ORG"), ("意广东省气象局", "ORG"), ("香港天文台", "ORG"),
                            ("海关总", "ORG"), ("国家", "ORG"), ("发展", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["国务院办公厅", "广东省气象局", "香港天文台", "海关总署"]


def test_an_adverb_after_a_name_goes_where_the_text_names_the_person_without_it():
    text = "聂开走马上任。而十五年前聂开刚当选为西和村党总支书记；种植户唐先军和养殖户孟超；李连成说，这是李连成常说的话"
    spans = spans_of(text, [("聂开", "PER"), ("聂开刚", "PER"), ("西和村", "LOC"), ("唐先军", "PER"), ("养殖户", "TITLE"),
                            ("孟超", "PER"), ("李连成", "PER"), ("李连成常", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [  # 刚当选为: the post held further on is tagged
        ("聂开", "PER"), ("聂开", "PER"), ("西和村", "LOC"), ("党总支书记", "TITLE"), ("唐先军", "PER"), ("孟超", "PER"),
        ("李连成", "PER"), ("李连成", "PER")]


def test_nothing_is_tagged_inside_observance_days_side_by_side():
    text = "在世界水日中国水周期间，南浔组织开展宣传周启动仪式"
    spans = spans_of(text, [("日中国", "LOC"), ("南浔", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["南浔"]


def test_a_tie_between_person_and_place_goes_to_the_person_when_the_name_reads_as_one():
    # 布尔津, a county: 阿勒泰, a city of CITIES_BY_PROVINCE, is a place read as a person anywhere
    text = "田荣华每天巡查。田荣华是宝坻区西方寺村的村主任；中央代表团到布尔津，离开布尔津前"
    spans = spans_of(text, [("田荣华", "PER"), ("田荣华", "LOC"), ("宝坻区西方寺村", "LOC"), ("村主任", "TITLE"),
                            ("布尔津", "LOC"), ("布尔津", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.text in ("田荣华", "布尔津")] == [
        ("田荣华", "PER"), ("田荣华", "PER"), ("布尔津", "LOC"), ("布尔津", "PER")]


def test_a_word_before_a_named_person_and_a_persons_team_are_cut_off():
    text = "李佳莉说，总书记的关怀李佳莉至今记忆犹新；张连钢说，张连钢和团队攻关；珍惜韶华"
    spans = spans_of(text, [("李佳莉", "PER"), ("关怀李佳莉", "PER"), ("张连钢", "PER"), ("张连钢和团队", "ORG"),
                            ("韶华", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("李佳莉", "PER"), ("李佳莉", "PER"), ("张连钢", "PER"), ("张连钢", "PER")]


def test_a_dates_day_is_cut_off_a_place_read_on_from_it():
    text = "外交部16日中国驻日本使馆发布提醒，2000日本游客来访"
    spans = spans_of(text, [("外交部", "ORG"), ("日中国", "LOC"), ("日本", "LOC"), ("日本", "LOC")])
    assert [e.text for e in clean_spans(text, spans)][:2] == ["外交部", "中国"]
    assert [e.text for e in clean_spans(text, spans)][-1] == "日本"


def test_central_bodies_give_back_the_verb_they_run_into_and_verbs_are_no_posts():
    """From CCTV news: 党中央团|结, 中共中央委|托; 委托 read as a post; jieba's one word 部长职务."""
    text = "党中央团结带领全党。受中共中央委托，并委托王晨副委员长作说明。决定免去王毅兼任的外交部部长职务，任命秦刚"
    spans = spans_of(text, [("党中央团", "ORG"), ("中共中央委", "ORG"), ("委托", "TITLE"), ("王晨", "PER"),
                            ("副委员长", "TITLE"), ("王毅", "PER"), ("外交部", "ORG"), ("部长职务", "TITLE"), ("秦刚", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned] == ["党中央", "中共中央", "王晨", "副委员长", "王毅", "外交部", "部长", "秦刚"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("王晨", "副委员长", None), ("王毅", "部长", "外交部")]


def test_no_other_mention_is_tagged_inside_a_book_title_nor_a_name_inside_an_idiom():
    text = "中国政府制定了《中国21世纪议程》。曼哈顿上城仍是灯火辉煌的景象；中央八项规定；企业上市"
    spans = spans_of(text, [("中国", "LOC"), ("曼哈顿", "LOC"), ("灯火辉", "LOC"), ("中央", "ORG"), ("上市", "LOC")])
    assert [(e.start, e.text) for e in clean_spans(text, spans)] == [(0, "中国"), (text.index("曼哈顿"), "曼哈顿")]


def test_provinces_are_no_people_the_partys_centre_no_post_and_a_listed_leader_is_a_person():
    """From CCTV news: 在|山东|作宣讲报告 and 关于吉林 read as people, 党中央 as a post, 国务院总理 as one ORG, and a
    leader in a list of leaders read as a place or cut before a place's abbreviation (刘国|中)."""
    text = "王文涛在山东作宣讲。以习近平同志为核心的党中央坚强领导下；国务院总理李克强；尹力、刘国中、张国清、刘国中、石泰峰出席"
    spans = spans_of(text, [("王文涛", "PER"), ("山东", "PER"), ("习近平", "PER"), ("党中央", "TITLE"),
                            ("国务院总理", "ORG"), ("李克强", "PER"), ("尹力", "PER"), ("刘国中", "LOC"), ("张国清", "PER"),
                            ("刘国", "PER"), ("中", "LOC"), ("石泰峰", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("王文涛", "PER"), ("山东", "LOC"), ("习近平", "PER"), ("党中央", "ORG"), ("国务院", "ORG"), ("总理", "TITLE"),
        ("李克强", "PER"), ("尹力", "PER"), ("刘国中", "PER"), ("张国清", "PER"), ("刘国中", "PER"), ("石泰峰", "PER")]


def test_a_ministrys_party_organ_goes_into_its_secretarys_post_and_people_stop_before_place_or_adverb():
    """From CCTV news: 交通运输部党组|书记 (the written labels' 公司 + 党委书记), 分管 read as a post, 黄强|在长春,
    王彤|非常, and 日|常工作 read as a person."""
    text = "交通运输部党组书记、部长刘伟作报告。吉林省委书记黄强在长春作报告；首席副总裁王彤非常有感触；分管日常工作的副院长贺荣介绍"
    spans = spans_of(text, [("交通运输部党组", "ORG"), ("书记", "TITLE"), ("部长", "TITLE"), ("刘伟", "PER"), ("吉林", "LOC"),
                            ("省委书记", "TITLE"), ("黄强在长春", "PER"), ("首席副总裁", "TITLE"), ("王彤非常", "PER"),
                            ("分管", "TITLE"), ("常工作", "PER"), ("副院长", "TITLE"), ("贺荣", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("交通运输部", "ORG"), ("党组书记", "TITLE"), ("部长", "TITLE"), ("刘伟", "PER"), ("吉林", "LOC"), ("省委书记", "TITLE"),
        ("黄强", "PER"), ("长春", "LOC"), ("首席副总裁", "TITLE"), ("王彤", "PER"), ("副院长", "TITLE"), ("贺荣", "PER")]
    assert ("刘伟", "党组书记", "交通运输部") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_village_news_spans_split_at_a_comma_and_posts_given_their_heads_and_levels():
    """From CCTV stories on villages: 岫云村，村 read as one place, 副所|长江舟, 自治区|党委书记, 塔元庄的村, 尹计平|东奔西走,
    纪委 read as a post (the body 湖北省纪委), and a bare 福利院 before its head."""
    text = ("在广元市苍溪县岫云村，村党支部书记李君说。杨湖海事所原副所长江舟失职。自治区党委书记张春贤走访。塔元庄的村党支部书记"
            "尹计平东奔西走。湖北省纪委给予处分。儿童福利院院长李燕")
    spans = spans_of(text, [("广元市苍溪县岫云村，村", "LOC"), ("党支部书记", "TITLE"), ("李君", "PER"), ("杨湖海事所", "ORG"),
                            ("副所", "TITLE"), ("长江舟", "PER"), ("自治区", "LOC"), ("党委书记", "TITLE"), ("张春贤", "PER"),
                            ("塔元庄的村", "LOC"), ("党支部书记", "TITLE"), ("尹计平东奔", "PER"), ("湖北省", "LOC"),
                            ("纪委", "TITLE"), ("福利院", "ORG"), ("院长", "TITLE"), ("李燕", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("广元市苍溪县岫云村", "LOC"), ("党支部书记", "TITLE"), ("李君", "PER"), ("杨湖海事所", "ORG"), ("副所长", "TITLE"),
        ("江舟", "PER"),
        ("自治区党委书记", "TITLE"), ("张春贤", "PER"), ("塔元庄", "LOC"), ("党支部书记", "TITLE"), ("尹计平", "PER"),
        ("湖北省纪委", "ORG"), ("院长", "TITLE"), ("李燕", "PER")]


def test_bare_committees_are_no_bodies_and_go_into_their_posts_and_a_name_stops_before_a_breach():
    """From CCTV discipline news: 管委会|主任 and 宣传|部长 are posts, a bare 纪委 before 原书记 no body, 廖晖|违规."""
    text = "经济开发区党工委书记、管委会主任段小勇；姚安县委常委、宣传部长吴东；纪委原书记钟东荣；董事长廖晖违规收受礼品"
    spans = spans_of(text, [("经济开发区", "LOC"), ("党工委书记", "TITLE"), ("管委会", "ORG"), ("主任", "TITLE"), ("段小勇", "PER"),
                            ("姚安县委", "ORG"), ("常委", "TITLE"), ("宣传", "ORG"), ("部长", "TITLE"), ("吴东", "PER"),
                            ("纪委", "ORG"), ("书记", "TITLE"), ("钟东荣", "PER"), ("董事长", "TITLE"), ("廖晖违", "PER")])
    # a development zone by its kind alone is no place (GENERIC_WORDS, since stop 73)
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("党工委书记", "TITLE"), ("管委会主任", "TITLE"), ("段小勇", "PER"), ("姚安县委", "ORG"),
        ("常委", "TITLE"), ("宣传部长", "TITLE"), ("吴东", "PER"), ("书记", "TITLE"), ("钟东荣", "PER"), ("董事长", "TITLE"),
        ("廖晖", "PER")]


def test_a_compound_surname_read_as_a_place_a_count_an_organs_member_and_reduplicated_measures():
    """From CCTV village stories: 欧阳|伟 read as a place beside 欧阳伟 the official, 河南|158名县市, …局党组|成员,
    黑龙江省新|农村, 一|张张日程表 read as a person."""
    text = "镇党委副书记欧阳伟说。人叫欧阳伟，欧阳伟奔走。河南158名县市区委书记；东营市质监局党组成员、副局长吴东昌；黑龙江省新农村建设；一张张日程表"
    spans = spans_of(text, [("党委副书记", "TITLE"), ("欧阳伟", "PER"), ("欧阳伟", "LOC"), ("欧阳", "LOC"),
                            ("河南158名县市", "LOC"), ("东营市质监局党组", "ORG"), ("副局长", "TITLE"), ("吴东昌", "PER"),
                            ("黑龙江省新", "LOC"), ("张张日程", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("党委副书记", "TITLE"), ("欧阳伟", "PER"), ("欧阳伟", "PER"), ("欧阳伟", "PER"), ("河南", "LOC"),
        ("东营市质监局", "ORG"), ("党组成员", "TITLE"), ("副局长", "TITLE"), ("吴东昌", "PER"), ("黑龙江省", "LOC")]
    assert ("吴东昌", "党组成员", "东营市质监局") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_a_place_stopped_inside_a_named_place_runs_on_to_it_and_a_grower_is_split_off():
    """From CCTV village stories: 甘肃酒泉永|久村 beside 永久村 (jieba reads 永久), 唐陵村|苗农|柳孝燕 read as one place;
    not 广州市天河区 before 天河区社会组织, which stops between words."""
    text = "正是甘肃酒泉永久村的蔬菜上市的时间，永久村种蔬菜。唐陵村苗农柳孝燕种了苗木。广州市天河区社会组织多，天河区社会组织党委"
    spans = spans_of(text, [("甘肃酒泉永", "LOC"), ("永久村", "LOC"), ("唐陵村苗农柳孝燕", "LOC"), ("广州市天河区", "LOC"),
                            ("天河区社会组织党委", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("甘肃酒泉永久村", "LOC"), ("永久村", "LOC"), ("唐陵村", "LOC"), ("柳孝燕", "PER"), ("广州市天河区", "LOC"),
        ("天河区社会组织党委", "ORG")]


def test_a_piece_of_a_name_tagged_mostly_as_a_person_is_completed_to_the_person():
    """From CCTV village stories: 门|盛庆 read as a place where 门盛庆 is twice a person and once a place."""
    text = "党委书记门盛庆说。门盛庆带队修路。记者见到了门盛庆。门盛庆说，提高大家的福利"
    spans = spans_of(text, [("党委书记", "TITLE"), ("门盛庆", "PER"), ("门盛庆", "LOC"), ("盛庆", "LOC"), ("门盛庆", "PER"),
                            ("福利", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("党委书记", "TITLE"), ("门盛庆", "PER"), ("门盛庆", "PER"), ("门盛庆", "PER"), ("门盛庆", "PER")]


def test_time_words_and_indefinites_leave_names_and_a_person_named_short_elsewhere_is_cut():
    """From CCTV stories: 国家发展改革委|近日, 盱眙县|一名社区书记, 蒋乙嘉|定下 beside 蒋乙嘉, 富裕的文明村."""
    text = "国家发展改革委近日发布名单。她成为江苏淮安盱眙县一名社区书记。蒋乙嘉说，12岁的蒋乙嘉定下了目标，变成了富裕的文明村"
    spans = spans_of(text, [("国家发展改革委近日", "ORG"), ("江苏淮安盱眙县一名社区", "LOC"), ("蒋乙嘉", "PER"),
                            ("蒋乙嘉定", "PER"), ("富裕", "LOC"), ("文明村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["国家发展改革委", "江苏淮安盱眙县", "蒋乙嘉", "蒋乙嘉"]


def test_lists_of_bodies_and_of_people_are_split_and_bare_delegations_are_no_bodies():
    """From CCTV news: 国家卫生健康委员会、退役军人事务部 read as one ORG, 周坚红和梁春荣 as one person, 江苏的乡镇敬老院
    as one body, and a bare 代表团 or 气象局."""
    text = "巡视水利部、国家卫生健康委员会、退役军人事务部。张军桥、周坚红和梁春荣等10名同志光荣入选。来自江苏的乡镇敬老院院长李银江；代表团团长哈拉齐；当地气象局发布预警"
    spans = spans_of(text, [("水利部", "ORG"), ("国家卫生健康委员会、退役军人事务部", "ORG"), ("张军桥", "PER"),
                            ("周坚红和梁春荣", "PER"), ("光荣", "PER"), ("江苏的乡镇敬老院", "ORG"), ("院长", "TITLE"),
                            ("李银江", "PER"), ("代表团", "ORG"), ("团长", "TITLE"), ("哈拉齐", "PER"), ("气象局", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("水利部", "ORG"), ("国家卫生健康委员会", "ORG"), ("退役军人事务部", "ORG"), ("张军桥", "PER"), ("周坚红", "PER"),
        ("梁春荣", "PER"), ("江苏", "LOC"), ("院长", "TITLE"), ("李银江", "PER"), ("团长", "TITLE"), ("哈拉齐", "PER")]


def test_officials_keep_one_entry_per_person_and_post_with_the_fullest_body():
    """LABELS.md: one entry per person and post. From CCTV stories that name an official twice, the body once in full
    and once short or not at all."""
    text = "建昌县黑山科乡小台子村党支部书记李清学牺牲。小台子村党支部书记李清学说；党支部书记李清学。滨海供电公司的抢修班班长张黎明说，滨海供电公司抢修班班长张黎明"
    spans = spans_of(text, [("建昌县黑山科乡小台子村", "LOC"), ("党支部书记", "TITLE"), ("李清学", "PER"), ("小台子村", "LOC"),
                            ("党支部书记", "TITLE"), ("李清学", "PER"), ("党支部书记", "TITLE"), ("李清学", "PER"),
                            ("滨海供电公司", "ORG"), ("班长", "TITLE"), ("张黎明", "PER"), ("滨海供电公司抢修班", "ORG"),
                            ("班长", "TITLE"), ("张黎明", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [
        ("李清学", "党支部书记", "建昌县黑山科乡小台子村"), ("张黎明", "班长", "滨海供电公司抢修班")]


def test_a_national_bodys_head_and_a_states_minister_are_read_as_body_and_post():
    """From CCTV news: 国家监委主任 read as one post, 伊朗外交|部长 (the 部 is the ministry's and the post's)."""
    text = "中共中央政治局委员、国家监委主任杨晓渡出席。伊朗外交部长阿拉格齐表示"
    spans = spans_of(text, [("中共中央政治局", "ORG"), ("委员", "TITLE"), ("国家监委主任", "TITLE"), ("杨晓渡", "PER"),
                            ("伊朗外交", "ORG"), ("部长", "TITLE"), ("阿拉格齐", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("中共中央政治局", "ORG"), ("委员", "TITLE"), ("国家监委", "ORG"), ("主任", "TITLE"), ("杨晓渡", "PER"),
        ("伊朗", "LOC"), ("外交部长", "TITLE"), ("阿拉格齐", "PER")]
    assert {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)} == {
        ("杨晓渡", "委员", "中共中央政治局"), ("杨晓渡", "主任", "国家监委"), ("阿拉格齐", "外交部长", "伊朗")}


def test_work_read_into_a_body_leaves_the_place_and_names_get_their_endings():
    """From CCTV flood news: 淮河|防汛Ⅱ级响应, 东北华北|抗旱, 中央财政, 国家防|总, 阳光水岸小|区, 光明村|地处|秦巴山区."""
    text = "维持长江、淮河防汛Ⅱ级响应。中央财政拨付资金支持东北华北抗旱。国家防总加派工作组。阳光水岸小区被淹。光明村地处秦巴山区"
    spans = spans_of(text, [("长江", "LOC"), ("淮河防汛", "ORG"), ("中央财政", "ORG"), ("东北华北抗旱", "ORG"), ("国家防", "ORG"),
                            ("阳光水岸小", "LOC"), ("光明村地处秦巴山区", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("长江", "LOC"), ("淮河", "LOC"), ("东北华北", "LOC"), ("国家防总", "ORG"), ("阳光水岸小区", "LOC"), ("光明村", "LOC"),
        ("秦巴山区", "LOC")]


def test_routes_are_places_prepositions_leave_names_and_a_bureaus_head_takes_its_kind():
    """From CCTV news: 张呼高铁 read as a person, …发射中心|用, 思明区|将, 北川民政|局长, 国家发展|改革委."""
    text = "张呼高铁今天试运行，全长286公里的张呼高铁连接张家口。在西昌卫星发射中心用火箭发射。思明区将继续深化。北川民政局长王洪发；国家发展改革委发布"
    spans = spans_of(text, [("张呼", "PER"), ("张呼高铁", "PER"), ("西昌卫星发射中心用", "ORG"), ("思明区将", "LOC"),
                            ("北川民政", "ORG"), ("局长", "TITLE"), ("王洪发", "PER"), ("国家发展", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("张呼高铁", "LOC"), ("张呼高铁", "LOC"), ("张家口", "LOC"), ("西昌卫星发射中心", "ORG"), ("思明区", "LOC"), ("北川", "LOC"),
        ("民政局长", "TITLE"), ("王洪发", "PER"), ("国家发展改革委", "ORG")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("王洪发", "民政局长", "北川")]


def test_a_national_body_read_in_pieces_is_made_whole_and_a_province_and_city_as_one_word_is_a_place():
    """From CCTV news: 人力资源|和|社会保障部, 人力|资源社会保障部, 退役|军人事务部, 中央广播电视|总台, 吉林长春 read as a
    person (jieba reads it as one word)."""
    text = "人力资源和社会保障部部长尹蔚民说；人力资源社会保障部表示；退役军人事务部部长孙绍骋；中央广播电视总台播出；在吉林长春作宣讲"
    spans = spans_of(text, [("人力资源", "ORG"), ("社会保障部", "ORG"), ("部长", "TITLE"), ("尹蔚民", "PER"),
                            ("资源社会保障部", "ORG"), ("军人事务部", "ORG"), ("部长", "TITLE"), ("孙绍骋", "PER"),
                            ("中央广播电视", "ORG"), ("吉林长春", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("人力资源和社会保障部", "ORG"), ("部长", "TITLE"), ("尹蔚民", "PER"), ("人力资源社会保障部", "ORG"),
        ("退役军人事务部", "ORG"), ("部长", "TITLE"), ("孙绍骋", "PER"), ("中央广播电视总台", "ORG"), ("吉林长春", "LOC")]
    assert ("尹蔚民", "部长", "人力资源和社会保障部") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_home_villages_provinces_run_into_verbs_and_former_ministers():
    """From CCTV stories on care work: 回到|家乡|东街村, 四川德阳|组织 (a province first), 法国|前|文化部长, 新春祝福 as
    the holder of 总书记."""
    text = "回到家乡东街村担任村支书。四川德阳组织一批种植人才；法国前文化部长阿祖莱出任总干事；总书记致以新春祝福"
    spans = spans_of(text, [("家乡东街村", "LOC"), ("四川德阳组织", "ORG"), ("法国前文化", "ORG"),
                            ("部长", "TITLE"), ("阿祖莱", "PER"), ("新春祝福", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("东街村", "LOC"), ("四川德阳", "LOC"), ("法国", "LOC"), ("文化部长", "TITLE"), ("阿祖莱", "PER")]


def test_a_surname_read_into_the_post_before_a_given_name_goes_to_the_person():
    """From CCTV news: 民革中央主席万|鄂湘 (not 行政长官董建华, whose 官 ends a word inside the post); 扎根 and 徐徐."""
    text = "民革中央主席万鄂湘建议，扎根农村；香港特别行政区行政长官董建华说，画卷徐徐展开"
    spans = spans_of(text, [("民革中央", "ORG"), ("主席万", "TITLE"), ("鄂湘", "PER"), ("扎根", "LOC"), ("香港特别行政区", "LOC"),
                            ("行政长官", "TITLE"), ("董建华", "PER"), ("徐徐", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("民革中央", "ORG"), ("主席", "TITLE"), ("万鄂湘", "PER"), ("香港特别行政区", "LOC"), ("行政长官", "TITLE"),
        ("董建华", "PER")]


def test_peoples_and_water_projects_are_no_places():
    """From CCTV water and poverty news: 毛南族 (but 土家族|乡, a unit the tagger stopped short of, is completed), 南水|北调,
    宜居|宜业和美乡村."""
    text = "总书记对毛南族实现整族脱贫作出重要指示。湖南张家界三官寺土家族乡；南水北调中线工程累计调水；建设宜居宜业和美乡村"
    spans = spans_of(text, [("毛南族", "LOC"), ("湖南张家界三官寺土家族", "LOC"), ("南水", "LOC"), ("宜居", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["湖南张家界三官寺土家族乡"]


def test_two_places_joined_by_tong_are_split_but_names_holding_he_stay():
    """From CCTV news: 加德满都|同|尼泊尔总理会谈; 南疆和田县 stays (jieba reads 和田县 as a word)."""
    text = "习近平在加德满都同尼泊尔总理会谈。记者在南疆和田县看到"
    spans = spans_of(text, [("加德满都同尼泊尔", "LOC"), ("南疆和田县", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["加德满都", "尼泊尔", "南疆和田县"]


def test_a_person_straddling_two_words_and_a_landfall_are_read_as_words():
    """From CCTV power and typhoon news: 关|于建|设 read as a person, 福建|登陆, 中国物流|与采购联合会."""
    text = "贯彻总书记关于建设能源强国的指示。台风在福建登陆。中国物流与采购联合会今天发布"
    spans = spans_of(text, [("于建", "PER"), ("福建登陆", "LOC"), ("中国物流", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("福建", "LOC"), ("中国物流与采购联合会", "ORG")]


def test_a_piece_of_a_name_tagged_as_often_a_person_as_a_place_is_the_person_where_it_reads_as_one():
    """From CCTV news: 刘昌|法 (LOC) where 刘昌法 is as often a person as a place; the vote makes them all people."""
    text = "干部刘昌法驻村。2012年，刘昌法主动请缨。刘昌法说，村里刘昌法带头，刘昌法笑了"
    spans = spans_of(text, [("刘昌法", "PER"), ("刘昌", "LOC"), ("刘昌法", "LOC"), ("刘昌法", "PER"), ("刘昌法", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("刘昌法", "PER")] * 5


def test_a_post_left_untagged_after_a_person_is_tagged_where_the_text_tags_it_or_a_leader_holds_it():
    text = "习近平总书记强调，要团结。习近平总书记指出，要奋斗。李强总理出席；刘伟局长说，张军局长也说；王芳教授讲课"
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("习近平", "PER"), ("李强", "PER"), ("刘伟", "PER"),
                            ("局长", "TITLE"), ("张军", "PER"), ("王芳", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("习近平", "PER"), ("总书记", "TITLE"), ("习近平", "PER"), ("总书记", "TITLE"), ("李强", "PER"), ("总理", "TITLE"),
        ("刘伟", "PER"), ("局长", "TITLE"), ("张军", "PER"), ("局长", "TITLE"), ("王芳", "PER")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [
        ("习近平", "总书记"), ("李强", "总理"), ("刘伟", "局长"), ("张军", "局长")]


def test_a_function_word_read_as_a_person_is_dropped_and_a_name_that_is_a_word_stays():
    text = "学习习近平总书记关于宗教工作的重要论述；落实总书记关于西藏工作的论述；舒同同志的一生"
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("关于宗", "PER"), ("关于", "PER"), ("舒同", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("习近平", "PER"), ("总书记", "TITLE"), ("西藏", "LOC"), ("舒同", "PER")]  # 西藏: untagged_state_or_province


def test_zhong_meaning_in_after_a_word_is_no_place_and_zhong_as_a_side_is():
    text = "坚持联合声明中的立场，在会晤中同意停火；新中建交；挥舞中老两国国旗；中方表示"
    spans = spans_of(text, [("中", "LOC"), ("中", "LOC"), ("新", "LOC"), ("中", "LOC"), ("中", "LOC"), ("老", "LOC"),
                            ("中", "LOC")])
    assert [(e.start, e.text) for e in clean_spans(text, spans)] == [
        (text.index("新中"), "新中"), (text.index("中老"), "中老"), (text.index("中方"), "中")]


def test_a_plenary_session_and_its_ordinal_are_no_names_and_a_school_stays():
    text = "中共十八届四中全会通过决定；贯彻十八届三中、四中、五中全会精神；中共十九届六中全会精神；北京四中的学生"
    spans = spans_of(text, [("中共十八届四中", "ORG"), ("四中", "ORG"), ("五中", "ORG"), ("中共十九届六中全会", "ORG"),
                            ("北京四中", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["北京四中"]


def test_a_name_before_a_comma_and_a_verb_of_holding_holds_the_post_after_it():
    text = "孙丽美，生前系福建省霞浦县古县村党支部书记。王强，系统梳理了问题，村党支部书记带队"
    spans = spans_of(text, [("孙丽美", "PER"), ("福建省霞浦县古县村", "LOC"), ("党支部书记", "TITLE"), ("王强", "PER"),
                            ("党支部书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("孙丽美", "PER"), ("福建省霞浦县古县村", "LOC"), ("党支部书记", "TITLE"), ("王强", "PER")]
    assert extract_officials(text, cleaned) == [Official("孙丽美", "党支部书记", "福建省霞浦县古县村")]


def test_two_people_read_as_one_across_a_verb_are_split():
    text = "梁英在全县推出办法。梁英建议王定福和龙麦成成立互助组，王定福同意"
    spans = spans_of(text, [("梁英", "PER"), ("梁英建议王定福", "PER"), ("龙麦成", "PER"), ("王定福", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["梁英", "梁英", "王定福", "龙麦成", "王定福"]


def test_fu_is_a_common_surname_so_a_name_read_into_wei_is_cut():
    text = "增补邱学强、傅政华为第十三届全国政协委员"
    spans = spans_of(text, [("邱学强", "PER"), ("傅政华为", "PER")])
    # the body: untagged_unique_body; the post both are appointed to: untagged_post_held_by_a_person
    assert [e.text for e in clean_spans(text, spans)] == ["邱学强", "傅政华", "全国政协", "委员"]


def test_a_word_of_one_character_read_into_a_person_the_text_names_is_cut_but_a_surname_stays():
    text = "学深悟透习近平总书记重要论述，习近平指出。余长生正愁眉不展，长生感动"
    spans = spans_of(text, [("透习近平", "PER"), ("总书记", "TITLE"), ("习近平", "PER"), ("余长生", "PER"), ("长生", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["习近平", "习近平", "余长生", "长生"]


def test_a_given_name_read_alone_gets_its_surname_after_a_role_but_not_after_a_preposition():
    text = "返乡创业青年何俊杰说。我常常和家宝一起聊天"
    spans = spans_of(text, [("俊杰", "PER"), ("家宝", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["何俊杰", "家宝"]


def test_an_organization_read_across_suoshu_is_split_into_owner_and_owned():
    text = "海口海关所属博鳌机场海关今天揭牌；在中央广播电视总台所属央视综合频道播出"
    spans = spans_of(text, [("海口海关所属博鳌机场海关", "ORG"), ("中央广播电视总台所", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["海口海关", "博鳌机场海关", "中央广播电视总台"]


def test_a_province_and_a_place_read_as_a_person_is_a_place():
    text = "部长王志刚在海南海口作宣讲报告。河南兰考：强县富民"
    spans = spans_of(text, [("王志刚", "PER"), ("海南海", "PER"), ("河南兰考", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)][-2:] == [("海南海口", "LOC"), ("河南兰考", "LOC")]


def test_a_zone_named_by_its_purpose_after_its_place_is_part_of_it_but_not_a_predicate_or_a_list():
    text = "长三角生态绿色一体化发展示范区设立后；浙江打造共同富裕示范区；渑池县等参与创建科技进步示范区"
    spans = spans_of(text, [("长三角", "LOC"), ("浙江", "LOC"), ("渑池县", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["长三角生态绿色一体化发展示范区", "浙江", "渑池县"]


def test_a_dictionary_city_run_on_into_a_word_of_its_own_is_cut_back_but_not_its_urban_area():
    text = "嵊州市山多地少，分布着大小水库。拉萨市区迎来降雪"
    spans = spans_of(text, [("嵊州市山", "LOC"), ("拉萨市区", "LOC")])
    # 区 is no word's start here; the urban area is cut to the city by its own rule since stop 71 (温州市|区)
    assert [e.text for e in clean_spans(text, spans)] == ["嵊州市", "拉萨市"]


def test_a_place_that_is_a_person_and_the_first_character_of_the_next_word_is_the_person():
    text = "刘云山来到上洋村。在溪邳村，刘云山仔细了解农村基层党建情况"
    spans = spans_of(text, [("刘云山", "PER"), ("上洋村", "LOC"), ("溪邳村", "LOC"), ("刘云山仔", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)][-1] == ("刘云山", "PER")


def test_a_name_cut_inside_a_word_grows_to_the_name_the_text_tags_twice():
    """中兴通|讯 beside 中兴通讯 tagged twice (CCTV news): a span that stops inside a word grows to the whole name the
    text tags two times or more, though the name ends like no name jieba's or ours knows; one that ends on a word stays
    (英国|央行 beside 英国央行 twice), and so does one beside two names read as one (…国务院常务会|议 beside
    国务院全体会议和国务院常务会议 twice)."""
    text = ("中兴通讯胜诉。中兴通讯在4G领域领先。目前，中兴通讯拥有的专利。英国央行加息，英国央行称，英国央行官员说。"
            "国务院全体会议和国务院常务会议讨论的议题，国务院全体会议和国务院常务会议，提请国务院全体会议和国务院常务会议讨论。")
    joined = "国务院全体会议和国务院常务会议"
    spans = spans_of(text, [("中兴通讯", "ORG"), ("中兴通讯", "ORG"), ("中兴通", "ORG"),
                            ("英国央行", "ORG"), ("英国央行", "ORG"), ("英国", "LOC"),
                            (joined, "ORG"), (joined, "ORG"), (joined[:-1], "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("中兴通讯", "ORG"), ("中兴通讯", "ORG"), ("中兴通讯", "ORG"), ("英国央行", "ORG"), ("英国央行", "ORG"), ("英国", "LOC"),
        (joined, "ORG"), (joined, "ORG"), (joined[:-1], "ORG")]


def test_comrade_is_cut_off_a_person():
    """陈全国|同志不再担任 (CCTV news): 同志 is how Party news addresses a member, no part of the name."""
    text = "陈全国同志不再担任新疆维吾尔自治区党委书记。易纲同志任经济委员会主任。"
    spans = spans_of(text, [("陈全国同志", "PER"), ("新疆维吾尔自治区", "LOC"), ("党委书记", "TITLE"), ("易纲同志", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("陈全国", "PER"), ("新疆维吾尔自治区", "LOC"), ("党委书记", "TITLE"), ("易纲", "PER")]


def test_a_member_appointed_with_comrade_holds_each_post_listed():
    """中共中央决定：陈刚同志任青海省委委员、常委、书记 (CCTV news): after 同志, 任 alone gives the person the posts
    after it, each with the body before the first; one who no longer holds them (不再担任) is no official."""
    text = "中共中央决定：陈刚同志任青海省委委员、常委、书记；王建军同志不再担任青海省委书记、常委、委员职务。"
    entities = [Entity(text.index(name), text.index(name) + len(name), kind, name) for name, kind in [
        ("陈刚", "PER"), ("王建军", "PER")]]
    at = text.index("青海省委")
    entities += [Entity(at, at + 4, "ORG", "青海省委"), Entity(at + 4, at + 6, "TITLE", "委员"),
                 Entity(at + 7, at + 9, "TITLE", "常委"), Entity(at + 10, at + 12, "TITLE", "书记")]
    assert extract_officials(text, entities) == [Official("陈刚", "委员", "青海省委"), Official("陈刚", "常委", "青海省委"),
                                                 Official("陈刚", "书记", "青海省委")]


def test_a_post_left_untagged_at_the_end_of_a_list_of_posts_is_tagged():
    """任浙江省委委员、常委、|书记|， and 不再担任江西省委书记、常委、|委员|职务 (CCTV news): a post the text tags
    elsewhere, listed after a post with 、, is a post; not where it opens a longer word (常委、书记处)."""
    text = "易炼红同志任浙江省委委员、常委、书记；刘奇同志不再担任江西省委书记、常委、委员职务。王沪宁任中央常委、书记处书记。"
    spans = spans_of(text, [("易炼红", "PER"), ("浙江省委", "ORG"), ("委员", "TITLE"), ("常委", "TITLE"), ("刘奇", "PER"),
                            ("江西省委", "ORG"), ("书记", "TITLE"), ("常委", "TITLE"), ("王沪宁", "PER"), ("常委", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["委员", "常委", "书记", "书记", "常委", "委员", "常委"]
    assert extract_officials(text, cleaned)[:3] == [Official("易炼红", "委员", "浙江省委"), Official("易炼红", "常委", "浙江省委"),
                                                    Official("易炼红", "书记", "浙江省委")]


def test_a_preposition_read_into_the_start_of_a_name_is_cut_off():
    """经|国务院同意, 以|美国承认… (CCTV news): a preposition jieba reads alone before a dictionary place or body, or a
    national body, is no part of the name; a name that opens with such a character stays (同兴村, 以色列), and so does
    a quoted one (MSRA's “对非洲经济贸易技术合作协调小组”)."""
    text = "经国务院同意，现印发。以美国承认耶路撒冷为借口。在同兴村，地震。以色列方面称。成立了“对非洲经济贸易技术合作协调小组”。"
    spans = spans_of(text, [("经国务院", "ORG"), ("以美国", "LOC"), ("同兴村", "LOC"), ("以色列", "LOC"),
                            ("对非洲经济贸易技术合作协调小组", "ORG")])
    # 耶路撒冷, a capital left untagged, is tagged too
    assert [e.text for e in clean_spans(text, spans)] == ["国务院", "美国", "耶路撒冷", "同兴村", "以色列", "对非洲经济贸易技术合作协调小组"]


def test_a_province_read_as_a_body_is_a_place_but_for_a_team():
    """天津|组织专家学者 (CCTV news): a province named alone is a place, as the subject of a sentence too; a province
    read apart from a body's name stays in it (河北|雄安新区党工委), and a team in a clause of sport stays a body
    (四川与浙江男排, MSRA's)."""
    text = "天津组织专家学者宣讲。河北雄安新区党工委的党员干部表示。四川与浙江男排狭路相逢。"
    spans = spans_of(text, [("天津", "ORG"), ("河北", "ORG"), ("雄安新区党工委", "ORG"), ("四川", "ORG"), ("浙江", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("天津", "LOC"), ("河北雄安新区党工委", "ORG"), ("四川", "ORG"), ("浙江", "ORG")]


def test_a_body_stopping_inside_an_organization_word_of_jieba_is_completed():
    """庆祝中国人民政治协商会|议成立, 央视|网 (CCTV news): a body that stops one or two characters inside an organization's
    name of jieba's dictionary gets the rest; not a unit the corpora leave out (MSRA's 武警|部队), nor an idiom jieba
    lists as a name (大操大|办)."""
    text = "隆重庆祝中国人民政治协商会议成立75周年。在央视网等平台直播。驻闽三军和武警部队迅速组织。反对大操大办。"
    spans = spans_of(text, [("中国人民政治协商会", "ORG"), ("央视", "ORG"), ("武警", "ORG"), ("大操大", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["中国人民政治协商会议", "央视网", "武警", "大操大"]


def test_a_venue_named_by_nouns_after_its_place_is_one_body():
    """温州市|少年宫, 红安县|党性教育中心 (the written labels; LABELS.md: a place plus a named service venue is one ORG):
    nouns up to the last that ends like a venue; not past an event (梅州市|青少年校园足球联赛小学男子组) or after a
    generic word (MSRA's 文山苗族壮族自治州|乡村小学)."""
    text = "面向温州大学、温州市少年宫开放。县委党校联合红安县党性教育中心。图为梅州市青少年校园足球联赛小学男子组比赛。在文山苗族壮族自治州乡村小学统考。"
    spans = spans_of(text, [("温州大学", "ORG"), ("温州市", "LOC"), ("红安县", "LOC"), ("梅州市", "LOC"), ("文山苗族壮族自治州", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("温州大学", "ORG"), ("温州市少年宫", "ORG"), ("红安县党性教育中心", "ORG"), ("梅州市", "LOC"), ("文山苗族壮族自治州", "LOC")]


def test_a_two_character_person_does_not_take_the_zuo_of_what_he_gave():
    """副委员长兼秘书长王晨|作的关于…的汇报 (CCTV news): 作 before 的 is the speaker's verb, not a third character of the
    name; a lone third character before 的 still is (杨成|业的)."""
    text = "听取了秘书长王晨作的关于议程草案的汇报。村民杨成业的家。"
    spans = spans_of(text, [("秘书长", "TITLE"), ("王晨", "PER"), ("杨成", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["秘书长", "王晨", "杨成业"]


def test_a_resident_kin_or_appointing_word_is_cut_off_a_person():
    """村民|葛静, 妻子|邝婉芳, 任命|鄂竟平为水利部部长 (CCTV news): the word jieba reads at the person's start is no
    part of the name; the appointed official is then read."""
    text = "村民葛静如今成了团长。许超凡的妻子邝婉芳。任命鄂竟平为水利部部长，"
    spans = spans_of(text, [("村民葛静", "PER"), ("许超凡", "PER"), ("妻子邝婉芳", "PER"), ("任命鄂竟平", "PER"), ("水利部", "ORG"),
                            ("部长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["葛静", "许超凡", "邝婉芳", "鄂竟平"]
    assert Official("鄂竟平", "部长", "水利部") in extract_officials(text, cleaned)


def test_a_police_officer_or_an_official_is_a_role_not_a_post():
    """黑龙江鹤岗市公安民警|陈首杰, 美国卫生部高级官员|里克·布莱特 (CCTV news): roles, as LABELS.md's 记者 and 干部, so
    no TITLE and no official; a post stays (副所长)."""
    text = "接警的黑龙江鹤岗市公安民警陈首杰大喝一声。美国卫生部高级官员里克·布莱特作证。派出所副所长王平说。"
    spans = spans_of(text, [("黑龙江鹤岗市", "LOC"), ("公安民警", "TITLE"), ("陈首杰", "PER"), ("美国卫生部", "ORG"),
                            ("高级官员", "TITLE"), ("里克·布莱特", "PER"), ("副所长", "TITLE"), ("王平", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["副所长"]
    assert extract_officials(text, cleaned) == [Official("王平", "副所长", None)]


def test_a_later_post_after_an_untagged_level_body_does_not_take_the_carried_body():
    """广州市纪委副书记、市监察局局长柯珠军 (CCTV news): 局长 is the 监察局's, which is named by its level alone (no
    entity), not the 纪委's; the first post keeps the body written before it."""
    text = "广州市纪委副书记、市监察局局长柯珠军说。"
    entities = [Entity(0, 5, "ORG", "广州市纪委"), Entity(5, 8, "TITLE", "副书记"), Entity(13, 15, "TITLE", "局长"),
                Entity(15, 18, "PER", "柯珠军")]
    assert extract_officials(text, entities) == [Official("柯珠军", "副书记", "广州市纪委"), Official("柯珠军", "局长", None)]


def test_a_level_unit_named_by_a_brigade_keeps_the_chain_and_the_supervisory_commission_is_in_the_post():
    """龙泉市应急管理局副局长、市消防救援大队大队长刘永强 (the county-paper style): the fire brigade named by its
    level alone (no entity) does not part the two posts of one person, the first keeps its bureau; and 市监委 before
    主任 is part of the post as 市纪委 is (市委常委、市纪委书记、市监委主任)."""
    text = "龙泉市应急管理局副局长、市消防救援大队大队长刘永强表示。"
    entities = [Entity(0, 8, "ORG", "龙泉市应急管理局"), Entity(8, 11, "TITLE", "副局长"), Entity(19, 22, "TITLE", "大队长"),
                Entity(22, 25, "PER", "刘永强")]
    assert extract_officials(text, entities) == [Official("刘永强", "副局长", "龙泉市应急管理局"),
                                                 Official("刘永强", "大队长", None)]
    text = "市委常委、市纪委书记、市监委主任钱晓东主持召开专题会议。"
    spans = spans_of(text, [("市委常委", "TITLE"), ("市纪委书记", "TITLE"), ("市监委", "ORG"), ("主任", "TITLE"),
                            ("钱晓东", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["市委常委", "市纪委书记", "市监委主任"]
    assert [o.title for o in extract_officials(text, cleaned)] == ["市委常委", "市纪委书记", "市监委主任"]


def test_a_place_that_is_no_word_is_completed_to_the_dictionary_place_it_opens():
    """9℃／22℃乌鲁|木齐中雨 (People's Daily's weather tables): a place that is no word of jieba's at all may be up to
    three characters short of the dictionary place it opens; one that is a place of its own stays (港澳|同胞, which
    jieba lists as one place word, as MSRA and People's Daily tag it; 云贵|高原 was the example here until stop 69, when
    a natural area's word came to be given to its place)."""
    text = "9℃／22℃乌鲁木齐中雨转小雨。广大港澳同胞欢欣鼓舞。"
    spans = spans_of(text, [("乌鲁", "LOC"), ("港澳", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["乌鲁木齐", "港澳"]


def test_a_group_before_its_armed_forces_is_one_organization():
    """也门胡塞|武装, 胡塞武|装 (CCTV news): a group's name read as a place or person before 武装 is an ORG with the
    word; not a country's (巴勒斯坦|武装), a party's (黎巴嫩真主党|武装) or where 武装 opens a longer word (MSRA's
    科索沃|武装冲突)."""
    text = "也门胡塞武装称袭击机场。胡塞武装将升级打击。巴勒斯坦武装人员。黎巴嫩真主党武装称。科索沃武装冲突加剧。"
    spans = spans_of(text, [("胡塞", "LOC"), ("胡塞武", "LOC"), ("巴勒斯坦", "LOC"), ("黎巴嫩真主党", "ORG"), ("科索沃", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("胡塞武装", "ORG"), ("胡塞武装", "ORG"), ("巴勒斯坦", "LOC"), ("黎巴嫩真主党", "ORG"), ("科索沃", "LOC")]


def test_a_state_post_after_a_party_central_organ_takes_no_carried_body():
    """老挝党中央政治局委员、副总理宋赛 (CCTV news): 副总理 is the state's post, not the Politburo's; the member's post
    keeps the organ, and a government head after a place's party committee still belongs to the place."""
    text = "老挝党中央政治局委员、副总理宋赛。上海市委常委、副市长艾宝俊。"
    entities = spans_of(text, [("老挝党中央政治局", "ORG"), ("委员", "TITLE"), ("副总理", "TITLE"), ("宋赛", "PER"),
                               ("上海市委", "ORG"), ("常委", "TITLE"), ("副市长", "TITLE"), ("艾宝俊", "PER")])
    assert extract_officials(text, entities) == [
        Official("宋赛", "委员", "老挝党中央政治局"), Official("宋赛", "副总理", None),
        Official("艾宝俊", "常委", "上海市委"), Official("艾宝俊", "副市长", "上海市")]


def test_an_untagged_international_body_is_tagged_but_not_inside_an_event():
    """上合组织|成员国 (the tagger never tags 上合组织 in CCTV news): an international body is an ORG wherever it stands,
    but not inside an event named after it (中国—东盟|博览会) nor in 联合|国内 (MSRA: 牵头联合国内９家公司)."""
    text = "推动上合组织成员国合作。第22届中国—东盟博览会闭幕。由中保牵头联合国内９家公司承保。"
    assert [(e.text, e.type) for e in clean_spans(text, [])] == [("上合组织", "ORG")]


def test_an_untagged_national_body_is_tagged():
    """记者从|水利部|了解到, 国家防总|今天发布 (CCTV news leaves about one in five such mentions untagged): a national
    body of LABELS.md is an ORG wherever it stands, and its minister's post keeps it; not the water departments
    (水利部|门), another state's ministry (美国财政部, 七国财政部), a slogan in quotes or a 《》 title."""
    text = ("记者从水利部了解到，国家防总今天发布通知。农业农村部部长韩长赋说。县水利部门每季度检查。美国财政部发布。"
            "七国财政部官员开会。深化“让党中央放心”创建。学习《中共中央关于党的建设的决定》。")
    cleaned = clean_spans(text, spans_of(text, [("部长", "TITLE"), ("韩长赋", "PER"), ("美国", "LOC")]))
    assert [(e.text, e.type) for e in cleaned] == [
        ("水利部", "ORG"), ("国家防总", "ORG"), ("农业农村部", "ORG"), ("部长", "TITLE"), ("韩长赋", "PER"), ("美国", "LOC")]
    assert extract_officials(text, cleaned) == [Official("韩长赋", "部长", "农业农村部")]


def test_an_untagged_state_or_province_is_tagged():
    """土耳其|拥有, 在|福建|交付, 黄河流域|山西、 (CCTV news): a state or province the tagger left untagged is a LOC
    before a mark or a common verb; not before a rare "verb" of jieba's that is a county it does not know (湖北|建始),
    where the clause goes on to a body it opens (也门改革集团), in a clause of sport or in a 《》 title."""
    text = ("分析认为，土耳其拥有较强军事力量。平台在福建投产。黄河流域山西、山东等省份。在湖北建始，老人跳舞。"
            "也门改革集团总书记表示。四川与浙江男排比赛。朗读《美丽中国，我们的家》。")
    assert [(e.text, e.type) for e in clean_spans(text, [])] == [
        ("土耳其", "LOC"), ("福建", "LOC"), ("山西", "LOC"), ("山东", "LOC")]


def test_a_surname_read_alone_is_completed_to_the_name_jieba_reads_where_a_full_name_stands():
    """教导员|陈|陆迅速, 今年56岁的|吕|有金 (CCTV news: the tagger read the surname alone, which is then dropped): the
    name jieba reads from a common surname is the person, three characters whose given name is no common word, two
    after a post or role or in a list; not a measure word (那|张|小巧的门票), a surname standing for a person in
    MSRA's way (曹|兵只剩下) or with a post that is a word (王|太守)."""
    text = "教导员陈陆迅速集合队伍。今年56岁的吕有金正在扩建酒坊。那张小巧的门票。曹兵只剩下二十万。王太守单名一个浚字。"
    spans = spans_of(text, [("陈", "PER"), ("吕", "PER"), ("张", "PER"), ("曹", "PER"), ("王", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("陈陆", "PER"), ("吕有金", "PER")]


def test_a_company_after_a_group_is_no_tail_of_the_post():
    """淮北矿业集团公司董事长 (CCTV news): 公司 after 集团 ends the body's name, so it stays in the ORG; the
    characters a team opens the post with still go to the post (岗巴县供电公司运|检班班长)."""
    text = "淮北矿业集团公司董事长宋从恕受到处分。岗巴县供电公司运检班班长普布说。"
    spans = spans_of(text, [("淮北矿业集团公司", "ORG"), ("董事长", "TITLE"), ("宋从恕", "PER"),
                            ("岗巴县供电公司运", "ORG"), ("检班班长", "TITLE"), ("普布", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("淮北矿业集团公司", "ORG"), ("董事长", "TITLE"), ("宋从恕", "PER"),
        ("岗巴县供电公司", "ORG"), ("运检班班长", "TITLE"), ("普布", "PER")]
    assert extract_officials(text, cleaned)[0] == Official("宋从恕", "董事长", "淮北矿业集团公司")


def test_a_place_that_stops_inside_its_peoples_government_is_that_body():
    """湖州市|南浔区人民|政府副区长 (the shipped tagger's reading): a place never ends with 人民, so the span is the
    people's government, an ORG, and the deputy head's body."""
    text = "湖州市南浔区人民政府副区长陈少军调研。"
    cleaned = clean_spans(text, spans_of(text, [("湖州市", "LOC"), ("南浔区人民", "LOC"), ("副区长", "TITLE"),
                                                ("陈少军", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("湖州市南浔区人民政府", "ORG"), ("副区长", "TITLE"), ("陈少军", "PER")]
    assert extract_officials(text, cleaned) == [Official("陈少军", "副区长", "湖州市南浔区人民政府")]


def test_a_towns_unit_left_alone_inside_a_chain_of_places_joins_it():
    """龙泉市|兰巨|乡|官埔|垟村 (the shipped tagger's reading): the town's unit word left alone between a place read with
    the town's name and a village is part of the chain."""
    text = "图为龙泉市兰巨乡官埔垟村村民在采茶。"
    spans = spans_of(text, [("龙泉市", "LOC"), ("兰巨", "LOC"), ("官埔", "LOC"), ("垟村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["龙泉市兰巨乡官埔垟村"]


def test_a_person_stopping_inside_a_tibetan_name_part_gets_its_last_character():
    """村党支部书记达娃平|措 (CCTV news): 平措 is one part of a Tibetan name, so the person ends after 措; a Chinese name
    that stops before another character stays (王平|说)."""
    text = "唐地村党支部书记达娃平措第一件事就是修路。王平说。"
    spans = spans_of(text, [("唐地村", "LOC"), ("党支部书记", "TITLE"), ("达娃平", "PER"), ("王平", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["达娃平措", "王平"]
    assert extract_officials(text, cleaned) == [Official("达娃平措", "党支部书记", "唐地村")]


def test_a_headlines_tail_read_into_the_body_opening_the_next_line_is_dropped():
    """空军苏-35战机飞赴南海战斗巡航⏎中国空军今天发布 (CCTV news: the tagger read one ORG across the line break): the
    piece before the break names nothing and goes; a body, a place or a person's name there stays."""
    text = "战机飞赴南海战斗巡航\n中国空军今天发布消息。国务院办公厅\n二〇二〇年。合作社理事长吕妙霞\n海军辽宁舰通信部门信号班班长。"
    spans = spans_of(text, [("南海战斗巡航\n中国空军", "ORG"), ("国务院办公厅\n二〇", "ORG"),
                            ("吕妙霞\n海军辽宁舰通信部门信号班", "ORG")])
    assert [e.text for e in split_at_whitespace(spans[0])] == ["中国空军"]
    assert [e.text for e in split_at_whitespace(spans[1])] == ["国务院办公厅", "二〇"]
    assert [e.text for e in split_at_whitespace(spans[2])] == ["吕妙霞", "海军辽宁舰通信部门信号班"]


def test_a_province_and_a_county_named_without_its_unit_read_as_an_org_is_a_place():
    """《走进县城看发展》明天走进辽宁海城 (CCTV news: the tagger read 辽宁海城 as an ORG): a province and a city or
    county that jieba's dictionary knows with its unit (海城市) is a place; a province and a body is not (北京海关)."""
    text = "明天走进辽宁海城。北京海关查获走私案。"
    spans = spans_of(text, [("辽宁海城", "ORG"), ("北京海关", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("辽宁海城", "LOC"), ("北京海关", "ORG")]


def test_a_verb_read_into_the_start_of_the_body_it_takes_is_cut_off():
    """审议|国务院关于…的议案, 来自|国家航天局消息 (CCTV news): a listed verb jieba reads alone is cut off an ORG whose
    rest is a body's name of its own; not 希望, which opens names (希望电脑学校)."""
    text = "审议国务院关于提请审议的议案。来自国家航天局消息。在希望电脑学校读书。"
    spans = spans_of(text, [("审议国务院", "ORG"), ("来自国家航天局", "ORG"), ("希望电脑学校", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["国务院", "国家航天局", "希望电脑学校"]


def test_an_untagged_post_after_its_body_is_tagged_where_it_gives_a_person_a_post():
    """邹文斌是崇仁县塘坪村|党支部书记, 工业和信息化部|部长|苗圩, 定日县…古荣村党支部|书记 (CCTV news: the tagger left the
    post, or the post and its holder, untagged): a post right after its body is a TITLE where the officials read it
    as a person's, the holder a PER where jieba reads a name there, a place's party organ goes into the post; not a
    post that runs on (党委书记|助理) or whose holder is anonymised (镇长刘某)."""
    text = ("邹文斌是崇仁县塘坪村党支部书记，他一直在广东务工。工业和信息化部部长苗圩为网民带来好消息。"
            "定日县长所乡古荣村党支部书记次仁平措的母亲遇难。合心村党委书记助理周子涵笑着说。白溪镇镇长刘某在老家。")
    spans = spans_of(text, [("邹文斌", "PER"), ("崇仁县塘坪村", "LOC"), ("广东", "LOC"), ("工业和信息化部", "ORG"),
                            ("定日县长所乡古荣村党支部", "ORG"), ("次仁平措", "PER"), ("合心村", "LOC"), ("周子涵", "PER"),
                            ("白溪镇", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["党支部书记", "部长", "党支部书记"]
    assert extract_officials(text, cleaned) == [Official("邹文斌", "党支部书记", "崇仁县塘坪村"),
                                               Official("苗圩", "部长", "工业和信息化部"),
                                               Official("次仁平措", "党支部书记", "定日县长所乡古荣村")]


def test_a_person_read_on_into_an_adverb_word_is_cut_before_it():
    """汪洋充分肯定, 李兵昌故意刁难 (CCTV news: the tagger read the adverb into the name): a name of a common
    one-character surname that ends in a two-character adverb opening a word jieba reads there ends before it; a name
    whose last characters are no adverb stays (欧阳明高)."""
    text = "汪洋充分肯定各宗教团体的贡献。村委会主任李兵昌故意刁难困难群众。欧阳明高院士说。"
    spans = spans_of(text, [("汪洋充分", "PER"), ("李兵昌故意", "PER"), ("欧阳明高", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["汪洋", "李兵昌", "欧阳明高"]


def test_a_state_abbreviation_in_jiebas_word_for_its_government_is_kept():
    """俄政府决定, 俄总统叶利钦 (People's Daily and MSRA tag the 俄; jieba reads 俄政府, 俄总统 as one word): a place
    abbreviation that opens such a word is the state; one inside another word is not (华侨)."""
    text = "俄政府27日决定提高贴现率。正因为俄总统与国家杜马僵持不下。华侨回乡。"
    spans = spans_of(text, [("俄", "LOC"), ("俄", "LOC"), ("总统", "TITLE"), ("国家杜马", "ORG"), ("华", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("俄", "LOC"), ("俄", "LOC"), ("国家杜马", "ORG")]


def test_a_ministry_that_ends_like_a_province_stays_an_organization():
    """日本大藏省官员认为, 朝鲜外务省发言人 (the tagger reads them as ORGs; MSRA and CLUENER tag them so): a ministry
    of Japan's or Korea's kind ends in 省 like a province, but is a body, not a bare place as 泽雅镇 is."""
    text = "日本大藏省官员认为。朝鲜外务省发言人表示。泽雅镇开展活动。邮政省被处分的人数最多。"
    spans = spans_of(text, [("日本大藏省", "ORG"), ("朝鲜外务省", "ORG"), ("泽雅镇", "ORG"), ("邮政省", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("日本大藏省", "ORG"), ("朝鲜外务省", "ORG"), ("泽雅镇", "LOC"), ("邮政省", "ORG")]


def test_a_name_is_not_completed_into_a_word_that_runs_on():
    """北大学子, 中国作协会员, 中日友协会长 (MSRA): a name that ends with the first part of an ending (大 of 大学, 协 of
    协会) is completed only where the rest does not open a word running on (学子, 会员, 会长); 服务中|心 still is."""
    text = "闪烁着北大学子的作风。五千余位中国作协会员签名。中日友协会长宋健表示。启智社会工作服务中心开放。"
    spans = spans_of(text, [("北大", "ORG"), ("中国作协", "ORG"), ("中日友协", "ORG"), ("启智社会工作服务中", "ORG")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["北大", "中国作协", "中日友协", "启智社会工作服务中心"]


def test_a_place_before_an_international_body_or_a_news_agency_stays_a_place():
    """德国在斯特拉斯堡欧盟首脑会议上, 将访华新华社北京５月２１日电 (MSRA): a body whose name holds no place does not
    take the place before it into its name, as 南浔区水利局 does."""
    text = "德国在斯特拉斯堡欧盟首脑会议上同意。总理将访华新华社北京５月２１日电。南浔区水利局开展巡查。"
    spans = spans_of(text, [("斯特拉斯堡", "LOC"), ("欧盟", "ORG"), ("华", "LOC"), ("新华社", "ORG"), ("南浔区", "LOC"),
                            ("水利局", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.text not in ("北京", "德国")] == [
        ("斯特拉斯堡", "LOC"), ("欧盟", "ORG"), ("华", "LOC"), ("新华社", "ORG"), ("南浔区水利局", "ORG")]


def test_beijing_of_beijing_time_is_no_place():
    """截至北京时间今天16时, 北京时间6月6日19时 (the tagger tags 北京; the corpora leave it untagged 18 times of 22):
    China's standard time is no place; another city's time is that city's (纽约时间8日中午), and 北京 elsewhere is."""
    text = "截至北京时间今天16时，全球确诊病例超850万。纽约时间8日中午休战。北京时间管理专家说。"
    spans = spans_of(text, [("北京", "LOC"), ("纽约", "LOC"), ("北京", "LOC")])
    spans[2] = Entity(text.rindex("北京"), text.rindex("北京") + 2, "LOC", "北京")
    assert [(e.text, e.start) for e in clean_spans(text, spans)] == [("纽约", text.index("纽约")), ("北京", text.rindex("北京"))]


def test_a_place_is_not_completed_into_a_currency_or_games():
    """德国马|克, 巴塞罗那奥|运会 (MSRA: the tagger stopped one character short of words jieba's dictionary tags as places):
    a currency or a games is no place, so the place is not run on into it; 日喀|则 still is."""
    text = "存有法国法郎、德国马克等货币。１９９２年巴塞罗那奥运会上夺冠。前往日喀则调研。"
    spans = spans_of(text, [("德国马", "LOC"), ("巴塞罗那奥", "LOC"), ("日喀", "LOC")])
    cleaned = [e.text for e in clean_spans(text, spans)]
    assert "德国马克" not in cleaned and "巴塞罗那奥运会" not in cleaned and "日喀则" in cleaned


def test_a_name_quoted_in_part_gets_its_opening_mark_and_a_slogan_run_on_is_dropped():
    """八一”飞行表演队, 十四五”开局, 杜富国“排雷英雄 (CCTV news: the tagger starts a span after the opening mark): a body
    named in part in quotes keeps its marks, as People's Daily's “巢县港1065”号木帆船; a quoted slogan read on into the
    words after it is no name; a name read into a quotation it opens is cut before it."""
    text = "中国空军“八一”飞行表演队参展。“十四五”开局以来，交通加快建设。授予杜富国“排雷英雄战士”称号。"
    spans = spans_of(text, [("八一”飞行表演队", "ORG"), ("十四五”开局", "ORG"), ("杜富国“排雷英雄", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("“八一”飞行表演队", "ORG"), ("杜富国", "PER")]


def test_an_untagged_deputy_before_a_person_is_tagged_as_labels_reads_it():
    """全国人大代表赵振香, 人大代表袁玉宇, 十九大代表荀笑红 (CCTV news, the post left untagged): LABELS.md's 全国人大 (ORG) +
    代表 (TITLE); a bare 人大 goes into the post; a party congress is no ORG; each person an official. Not where a
    name may run into it (广东省人大代表), nor without a person after it."""
    text = "全国人大代表赵振香说。人大代表袁玉宇说。十九大代表荀笑红说。广东省人大代表李明说。人大代表们说。"
    spans = spans_of(text, [("赵振香", "PER"), ("袁玉宇", "PER"), ("荀笑红", "PER"), ("李明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("全国人大", "ORG"), ("代表", "TITLE"), ("赵振香", "PER"), ("人大代表", "TITLE"), ("袁玉宇", "PER"),
        ("代表", "TITLE"), ("荀笑红", "PER"), ("李明", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("赵振香", "代表", "全国人大"), ("袁玉宇", "人大代表", None), ("荀笑红", "代表", None)]


def test_an_untagged_post_right_before_a_person_is_tagged():
    """驻村第一书记|杨再东, 这多亏了村支书|吴天来, 返底村|党支部书记|段爱平 (CCTV news; the written labels tag
    党扭村|驻村第一书记|龙晓燕): a head's post right before a person is a TITLE, a bare village in it, not the end of a
    village's own name; a local post there is a role (闸站，管理员|傅建华, as the written labels leave it)."""
    text = "工作队队员、驻村第一书记杨再东到村。这多亏了村支书吴天来。襄垣县返底村党支部书记段爱平说。闸站，管理员傅建华说。"
    spans = spans_of(text, [("杨再东", "PER"), ("吴天来", "PER"), ("襄垣县", "LOC"), ("段爱平", "PER"), ("傅建华", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["驻村第一书记", "村支书", "党支部书记"]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [
        ("杨再东", "驻村第一书记"), ("吴天来", "村支书"), ("段爱平", "党支部书记")]


def test_a_three_character_person_read_into_a_speakers_zuo_is_cut():
    """王晨作|的关于…的报告, 章轲作|了说明 (CCTV news): the 作 of 作报告 is no part of a two-character name; 池田大作 stays."""
    text = "副委员长王晨作的关于检查环境保护法实施情况的报告。局长章轲作了说明。池田大作表示。"
    spans = spans_of(text, [("王晨作", "PER"), ("章轲作", "PER"), ("池田大作", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["王晨", "章轲", "池田大作"]


def test_a_politburo_member_read_as_one_body_is_split_into_body_and_post():
    """中共中央政治局委员、国务院副总理孙春兰 (CCTV news, one ORG): the body and the post, as MSRA tags 中共中央政治局 and
    as 中共中央政治局|常委 is split; she is a member of it."""
    text = "中共中央政治局委员、国务院副总理孙春兰出席。"
    spans = spans_of(text, [("中共中央政治局委员", "ORG"), ("国务院", "ORG"), ("副总理", "TITLE"), ("孙春兰", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned][:2] == [("中共中央政治局", "ORG"), ("委员", "TITLE")]
    assert Official("孙春兰", "委员", "中共中央政治局") in extract_officials(text, cleaned)


def test_a_name_read_one_character_into_a_doctrine_is_cut_back():
    """马克思主|义理论, 毛泽东思|想 (CCTV news): the name and the first character of the word after it, one dictionary word
    together; the name stays, as MSRA tags 马克思 of 马克思主义; 马克思列宁 of 马克思列宁主义 is not cut (宁主义 is no word)."""
    text = "马克思主义理论专业毕业。坚持毛泽东思想。学习马克思列宁主义。"
    spans = spans_of(text, [("马克思主", "PER"), ("毛泽东思", "PER"), ("马克思列宁", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["马克思", "毛泽东", "马克思列宁"]


def test_the_national_flag_and_a_mascot_are_no_names():
    """|五星红旗|冉冉升起 (LOC), 面向|五星|红旗, 本届全运会|吉祥物 (PER) (CCTV news; jieba's dictionary tags these nouns as
    names): nothing inside them is a name, as MSRA leaves them untagged."""
    text = "五星红旗冉冉升起。官兵们面向五星红旗敬礼。本届全运会吉祥物“津娃”亮相。"
    spans = spans_of(text, [("五星红旗", "LOC"), ("五星", "LOC"), ("吉祥物", "PER")])
    assert clean_spans(text, spans) == []


def test_central_finance_read_in_part_as_a_body_is_no_name():
    """今年起|中央财|政提高孤儿基本生活补助 (CCTV news, 9 of 77 mentions read so): 中央财政 is a generic word, and so is
    any piece of it."""
    text = "今年起中央财政提高孤儿基本生活补助。"
    assert clean_spans(text, spans_of(text, [("中央财", "ORG")])) == []


def test_a_standing_committee_by_its_kind_alone_and_the_east_west_pairing_are_no_names():
    """全国人大及其|常委会, 本次|常委会|会议 and 深化|东西部|协作 (CCTV news, 40 spans on the probes): a bare 常委会 is a
    generic mention (LABELS.md: a body needs its name) and 东西部 of 东西部协作 names no body; the named committee stays."""
    text = "全国人大及其常委会要带头学习。本次常委会会议审议通过。深化东西部协作。全国人大常委会委员长主持。"
    spans = spans_of(text, [("全国人大", "ORG"), ("常委会", "ORG"), ("东西部", "ORG"), ("全国人大常委会", "ORG")])
    cleaned = [(e.text, e.type) for e in clean_spans(text, spans)]
    assert cleaned == [("全国人大", "ORG"), ("全国人大常委会", "ORG")]


def test_an_untagged_post_held_by_a_person_of_its_clause_is_tagged_wherever_it_stands():
    """CCTV news: 石顺莲是当时十八洞村的|党支部书记, 林丹担任|党支部书记, 王家元当选为村|党支部书记 (the bare 村 stays out of
    the post since stop 74, as the written labels tag it, and the village is the one the text is about); not a role
    (质量管理员) and not a piece of a word (习|总书记), which make no one an official."""
    text = "石顺莲是当时十八洞村的党支部书记，她向总书记汇报。1991年，林丹担任党支部书记。2007年，王家元当选为村党支部书记。质量管理员邹彬发言。"
    spans = spans_of(text, [("石顺莲", "PER"), ("十八洞村", "LOC"), ("林丹", "PER"), ("王家元", "PER"), ("邹彬", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type == "TITLE"] == [("党支部书记", "TITLE"), ("党支部书记", "TITLE"), ("党支部书记", "TITLE")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("石顺莲", "党支部书记", "十八洞村"), ("林丹", "党支部书记", None), ("王家元", "党支部书记", "十八洞村")]


def test_a_village_left_untagged_at_the_end_of_a_chain_of_places_joins_it():
    """荣县|筲箕嘴村, 青海省民和县中川乡|草滩村 (CCTV news) are one LOC each, as LABELS.md reads a chain; a clause going
    on after a place (保定市|派出驻村, 成华区|利用社区), a kind of village (仪陇县|贫困村) and a count (新桥镇|多个村落) are
    no village's name."""
    text = "荣县筲箕嘴村的辣椒酱卖到了全国。青海省民和县中川乡草滩村受灾。保定市派出驻村工作队。成华区利用社区闲置用房。仪陇县贫困村脱贫。新桥镇多个村落受灾。"
    places = ["荣县", "青海省民和县中川乡", "保定市", "成华区", "仪陇县", "新桥镇"]
    cleaned = clean_spans(text, spans_of(text, [(place, "LOC") for place in places]))
    assert [e.text for e in cleaned] == ["荣县筲箕嘴村", "青海省民和县中川乡草滩村", "保定市", "成华区", "仪陇县", "新桥镇"]


def test_beijing_after_zai_read_into_the_body_after_it_is_a_place_of_its_own():
    """部分在京|中共中央政治局委员 (CCTV news: read as one ORG 京中共中央政治局) is 京 (LOC), as MSRA tags 在|京, and the body;
    a state's abbreviation that opens its body's name stays in it (美司法部, MSRA's convention and LABELS.md's)."""
    text = "部分在京中共中央政治局委员出席。美司法部起诉微软。"
    cleaned = clean_spans(text, spans_of(text, [("京中共中央政治局", "ORG"), ("美司法部", "ORG")]))
    # 微软, left out by the tagger, is a company the cleanup knows (COMPANIES)
    assert [(e.text, e.type) for e in cleaned] == [("京", "LOC"), ("中共中央政治局", "ORG"), ("美司法部", "ORG"), ("微软", "ORG")]


def test_a_name_read_as_its_first_character_after_a_post_runs_up_to_the_mark():
    """中央办公厅主任栗|战书，国务委员杨洁篪 (CCTV's lists of the leaders who attend: 栗 read as a person, 战书 as a post)
    is 栗战书, with his posts; 部长顺|通。 too; not a surname and a post of its own (局长王|书记，)."""
    text = "中央办公厅主任栗战书，国务委员杨洁篪等。中联部部长顺通。局长王书记，我们走。"
    spans = spans_of(text, [("中央办公厅", "ORG"), ("主任", "TITLE"), ("栗", "PER"), ("战书", "TITLE"), ("国务委员", "TITLE"),
                            ("杨洁篪", "PER"), ("中联部", "ORG"), ("部长", "TITLE"), ("顺", "PER"), ("局长", "TITLE"), ("王", "PER"),
                            ("书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["栗战书", "杨洁篪", "顺通"]
    assert ("栗战书", "主任", "中央办公厅") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_a_body_that_stops_inside_a_number_loses_the_number():
    """以中共十|一届三中全会为标志 and 中共二|十大 (CCTV news) keep 中共; an ordinal read alone (第四|次) and a craft's name
    before its serial number (嫦娥四|号) go; a team named by a number (MSRA's 八一|三支女排) and a person whose name ends
    in a numeral (马英九|一行) stay."""
    text = "以中共十一届三中全会为标志。中共二十大闭幕。提请第四次常委会会议。嫦娥四号顺利唤醒。八一三支女排。会见马英九一行。"
    spans = spans_of(text, [("中共十", "ORG"), ("中共二", "ORG"), ("第四", "ORG"), ("嫦娥四", "ORG"), ("八一", "ORG"), ("马英九", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("中共", "ORG"), ("中共", "ORG"), ("八一", "ORG"), ("马英九", "PER")]


def test_a_two_character_person_gets_the_he_it_left_out_before_a_mark():
    """刘鹤、魏凤|和、王勇 (CCTV's lists of leaders): 和 right before 、 joins nothing, so it ends the name; 和 between two
    people stays a conjunction (周坚红和梁春荣)."""
    text = "刘鹤、魏凤和、王勇出席。周坚红和梁春荣发言。"
    spans = spans_of(text, [("刘鹤", "PER"), ("魏凤", "PER"), ("王勇", "PER"), ("周坚红", "PER"), ("梁春荣", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["刘鹤", "魏凤和", "王勇", "周坚红", "梁春荣"]


def test_a_post_and_its_place_read_into_a_person_are_split_out():
    """吉林省长景俊海 and 美国国务卿蒂勒森 read as one person each (CCTV news) are LABELS.md's place, post and name,
    an emir's title read after the name too (纳瓦夫埃米尔)."""
    text = "吉林省长景俊海、美国国务卿蒂勒森出席。向纳瓦夫埃米尔亲属表示慰问。"
    spans = spans_of(text, [("吉林省长景俊海", "PER"), ("美国", "LOC"), ("国务卿蒂勒森", "PER"), ("纳瓦夫埃米尔", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("吉林", "LOC"), ("省长", "TITLE"), ("景俊海", "PER"), ("美国", "LOC"), ("国务卿", "TITLE"), ("蒂勒森", "PER"),
        ("纳瓦夫", "PER"), ("埃米尔", "TITLE")]
    assert ("景俊海", "省长", "吉林") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_a_given_name_read_as_a_post_after_its_surname_goes_back_to_the_person():
    """栗|战书 and 栗|战书委员长 (CCTV news: 战书 is a word, the tagger reads it as a post) are 栗战书, and 委员长 his post;
    a surname before a role or a post (陈|教授, 杨|镇长) stays no person."""
    text = "王沪宁、栗战书、杨洁篪等参加会见。栗战书委员长主持会议。陈教授和杨镇长发言。"
    spans = spans_of(text, [("王沪宁", "PER"), ("栗", "PER"), ("战书", "TITLE"), ("杨洁篪", "PER"), ("栗", "PER"),
                            ("战书委员长", "TITLE"), ("陈", "PER"), ("教授", "TITLE"), ("杨", "PER"), ("镇长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["王沪宁", "栗战书", "杨洁篪", "栗战书"]
    assert ("栗战书", "委员长") in [(o.name, o.title) for o in extract_officials(text, cleaned)]


def test_a_post_read_on_into_the_adverb_after_it_is_cut_there():
    """胡锦涛主席|将在会议上…, 习近平主席|分别同… (CCTV news): the adverb opens the predicate; an adverb that opens a
    post stays in it (主席特别代表)."""
    text = "胡锦涛主席将在会议上发表讲话。习近平主席分别同两国总统会晤。习近平主席特别代表、国务委员谌贻琴出席。"
    spans = spans_of(text, [("胡锦涛", "PER"), ("主席将", "TITLE"), ("习近平", "PER"), ("主席分别", "TITLE"),
                            ("习近平", "PER"), ("主席特别代表", "TITLE"), ("国务委员", "TITLE"), ("谌贻琴", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "TITLE"] == ["主席", "主席", "主席特别代表", "国务委员"]


def test_daibiao_between_a_person_and_a_body_is_the_verb_on_behalf_of():
    """全国政协副主席巴特尔|代表|全国政协 (CCTV news of ceremonies): 代表 is "on behalf of", no post; a deputy's 代表
    after its body stays (全国人大|代表)."""
    text = "全国政协副主席巴特尔代表全国政协致辞。全国人大代表李肖娜发言。"
    spans = spans_of(text, [("全国政协", "ORG"), ("副主席", "TITLE"), ("巴特尔", "PER"), ("代表", "TITLE"), ("全国政协", "ORG"),
                            ("全国人大", "ORG"), ("代表", "TITLE"), ("李肖娜", "PER")])
    assert [(e.text, e.start) for e in clean_spans(text, spans) if e.type == "TITLE"] == [("副主席", 4), ("代表", 23)]


def test_a_verb_or_a_spouse_word_read_as_a_post_is_no_title():
    """汪洋|出席|专题协商会, 默克尔|连任, 武契奇|夫妇 (CCTV news): no post, so no official of them; 连任 before 德国总理 is
    the verb that gives 默克尔 the post (stop 65)."""
    text = "国务院副总理汪洋出席专题协商会。习近平祝贺默克尔连任德国总理。塞尔维亚总统武契奇夫妇到机场迎接。"
    spans = spans_of(text, [("国务院", "ORG"), ("副总理", "TITLE"), ("汪洋", "PER"), ("出席", "TITLE"), ("习近平", "PER"),
                            ("默克尔", "PER"), ("连任", "TITLE"), ("德国", "LOC"), ("总理", "TITLE"), ("塞尔维亚", "LOC"),
                            ("总统", "TITLE"), ("武契奇", "PER"), ("夫妇", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["副总理", "总理", "总统"]
    assert {(o.name, o.title) for o in extract_officials(text, cleaned)} <= {("汪洋", "副总理"), ("默克尔", "总理"), ("武契奇", "总统")}


def test_a_list_of_names_appointed_with_wei_holds_the_post_after_it():
    """会议决定增补王伟、刘慧为第十三届全国政协委员 (CCTV news of appointments): every name of the list holds the post,
    and so does each later clause's name (…，易会满为…副主任); 为 with no appointing verb appoints no one, and 以…为…的
    names the post the person holds in the body after it (以会长野田毅为团长的代表团: 团长 of a delegation untagged)."""
    text = "会议决定增补王伟、刘慧为全国政协委员；任命胡衡庐同志为全国政协副秘书长，易会满为全国政协副主席。以会长野田毅为团长的代表团。"
    spans = spans_of(text, [("王伟", "PER"), ("刘慧", "PER"), ("全国政协", "ORG"), ("委员", "TITLE"), ("胡衡庐", "PER"),
                            ("全国政协", "ORG"), ("副秘书长", "TITLE"), ("易会满", "PER"), ("全国政协", "ORG"),
                            ("副主席", "TITLE"), ("会长", "TITLE"), ("野田毅", "PER"), ("团长", "TITLE")])
    found = {(o.name, o.title, o.org) for o in extract_officials(text, spans)}
    assert {("王伟", "委员", "全国政协"), ("刘慧", "委员", "全国政协"), ("胡衡庐", "副秘书长", "全国政协"),
            ("易会满", "副主席", "全国政协")} <= found
    assert ("野田毅", "会长", None) in found and ("野田毅", "团长", None) in found
    assert all(o[0] != "易会满" or o[1] == "副主席" for o in found)


def test_a_person_where_only_a_place_stands_is_a_place():
    """在库皮扬斯克方向, 塞尔维亚首都贝尔格莱德, 乘专机抵达布达佩斯 (CCTV news): transliterated places read as names; a
    person before 会晤 stays one (与叶利钦会晤, MSRA)."""
    text = "俄军在库皮扬斯克方向推进。音乐会在塞尔维亚首都贝尔格莱德举行。习近平乘专机抵达布达佩斯。与叶利钦会晤。"
    spans = spans_of(text, [("库皮扬斯克", "PER"), ("塞尔维亚", "LOC"), ("贝尔格莱德", "PER"), ("习近平", "PER"),
                            ("布达佩斯", "PER"), ("叶利钦", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("库皮扬斯克", "LOC"), ("塞尔维亚", "LOC"), ("贝尔格莱德", "LOC"), ("习近平", "PER"), ("布达佩斯", "LOC"), ("叶利钦", "PER")]


def test_a_post_opened_inside_a_word_gets_the_word_start():
    """国务委员兼外|交部长王毅, 审计署审|计长侯凯 (CCTV news): the post gets the characters of its word the tagger left
    out; a verb's piece goes instead (美国当|选总统 → 总统); a post that is a word itself keeps its start (党委|书记)."""
    text = "国务委员兼外交部长王毅出席。审计署审计长侯凯作报告。美国当选总统特朗普称。公司党委书记管国强表示。"
    spans = spans_of(text, [("国务委员", "TITLE"), ("交部长", "TITLE"), ("王毅", "PER"), ("审计署", "ORG"), ("计长", "TITLE"),
                            ("侯凯", "PER"), ("美国", "LOC"), ("选总统", "TITLE"), ("特朗普", "PER"), ("书记", "TITLE"),
                            ("管国强", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "TITLE"] == ["国务委员", "外交部长", "审计长", "总统", "书记"]


def test_a_person_run_on_past_tongzhi_or_into_a_date_is_cut_back():
    """回顾了杨白冰同志光辉战斗的一生, 联合国秘书长古特雷斯2日说 (CCTV news): the name ends before 同志 and before the
    day; a decree's number read as a person (第707号) is no name to keep."""
    text = "回顾了杨白冰同志光辉战斗的一生。联合国秘书长古特雷斯2日说。国务院令第707号。"
    spans = spans_of(text, [("杨白冰同志光辉", "PER"), ("联合国", "ORG"), ("秘书长", "TITLE"), ("古特雷斯2日", "PER"),
                            ("第707号", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["杨白冰", "古特雷斯"]
    assert ("古特雷斯", "秘书长", "联合国") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_a_body_cut_inside_its_name_gets_the_rest_back_from_the_post():
    """全国人大常委会法|工委主任沈春耀, 全国人大|常委会副委员长张平, 检阅中国人民解放军三军仪|仗队 (CCTV news): the body
    jieba knows whole takes its name back from the post; a standing member stays apart (中共中央政治局|常委), and so does
    a ministry's head by its kind (美国能源部|长 is no split)."""
    text = "全国人大常委会法工委主任沈春耀说。联组会议由全国人大常委会副委员长张平主持。检阅中国人民解放军三军仪仗队。中共中央政治局常委李强出席。"
    spans = spans_of(text, [("全国人大常委会法", "ORG"), ("工委主任", "TITLE"), ("沈春耀", "PER"), ("全国人大", "ORG"),
                            ("常委会副委员长", "TITLE"), ("张平", "PER"), ("中国人民解放军三军仪", "ORG"), ("仗队", "TITLE"),
                            ("中共中央政治局", "ORG"), ("常委", "TITLE"), ("李强", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type != "PER"] == [
        ("全国人大常委会法工委", "ORG"), ("主任", "TITLE"), ("全国人大常委会", "ORG"), ("副委员长", "TITLE"),
        ("中国人民解放军三军仪仗队", "ORG"), ("中共中央政治局", "ORG"), ("常委", "TITLE")]
    assert ("沈春耀", "主任", "全国人大常委会法工委") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_a_post_gets_its_word_start_back_from_the_body_before_it():
    """德国财|政部长库基斯, 中国国际经济交流中心总经|济师陈文玲 (CCTV news): the post takes its word's start from the body,
    which keeps a name; a level's committee (莲都|区委书记) and a rest that names nothing (研究所高级|工程师) stay."""
    text = "德国财政部长库基斯说。中国国际经济交流中心总经济师陈文玲发言。浙江省丽水市莲都区委书记林健东到场。"
    spans = spans_of(text, [("德国财", "ORG"), ("政部长", "TITLE"), ("库基斯", "PER"), ("中国国际经济交流中心总经", "ORG"),
                            ("济师", "TITLE"), ("陈文玲", "PER"), ("浙江省丽水市莲都区委", "ORG"), ("书记", "TITLE"),
                            ("林健东", "PER")])
    found = {(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))}
    assert found == {("库基斯", "财政部长", "德国"), ("陈文玲", "总经济师", "中国国际经济交流中心"),
                     ("林健东", "书记", "浙江省丽水市莲都区委")}


def test_a_surname_read_into_a_post_and_a_trailing_jian_are_given_back():
    """国家发展改革委主任何|立峰 (jieba reads 任何), 国家发展改革委副主任兼|国家统计局局长宁吉喆 (CCTV news): the surname goes
    to the person, 兼 (and concurrently) is no part of the post."""
    text = "国家发展和改革委员会主任何立峰和俄罗斯副总理诺瓦克主持。国家发展改革委副主任兼国家统计局局长宁吉喆说。"
    spans = spans_of(text, [("国家发展和改革委员会", "ORG"), ("主任何", "TITLE"), ("立峰", "PER"), ("俄罗斯", "LOC"),
                            ("副总理", "TITLE"), ("诺瓦克", "PER"), ("国家发展改革委", "ORG"), ("副主任兼", "TITLE"),
                            ("国家统计局", "ORG"), ("局长", "TITLE"), ("宁吉喆", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type in ("TITLE", "PER")] == ["主任", "何立峰", "副总理", "诺瓦克", "副主任", "局长", "宁吉喆"]


def test_a_name_on_a_roster_line_holds_the_posts_after_it():
    """国务院…组成人员名单 (gov.cn notices): 副主任：陈宝生 教育部部长, one person and post per line, bodies carried as in
    a chain of posts; a list of names and a credit line are no roster."""
    text = "现将名单通知如下：\n副主任：陈宝生 教育部部长\n王晓晖 中央宣传部副部长、中央政研室副主任\n（视频编辑：王青涛 文字编辑：温凤浩）\n丁薛祥 习近平"
    spans = spans_of(text, [("副主任", "TITLE"), ("陈宝生", "PER"), ("教育部", "ORG"), ("部长", "TITLE"), ("王晓晖", "PER"),
                            ("中央宣传部", "ORG"), ("副部长", "TITLE"), ("中央政研室", "ORG"), ("副主任", "TITLE"),
                            ("王青涛", "PER"), ("文字编辑", "TITLE"), ("温凤浩", "PER"), ("丁薛祥", "PER"), ("习近平", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [
        ("陈宝生", "部长", "教育部"), ("王晓晖", "副部长", "中央宣传部"), ("王晓晖", "副主任", "中央政研室")]


def test_former_posts_chain_and_a_state_post_is_no_partys():
    """湖南省人大常委会党组成员、原副主任陈文浩; 莫桑比克解放阵线党主席、总统格布扎 (CCTV news): 原 after the joiner keeps
    the chain and its body; a state post carried from a party is no party's."""
    text = "湖南省人大常委会党组成员、原副主任陈文浩被查。莫桑比克解放阵线党主席、总统格布扎出席。"
    spans = spans_of(text, [("湖南省人大常委会", "ORG"), ("党组成员", "TITLE"), ("副主任", "TITLE"), ("陈文浩", "PER"),
                            ("莫桑比克解放阵线党", "ORG"), ("主席", "TITLE"), ("总统", "TITLE"), ("格布扎", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [
        ("陈文浩", "党组成员", "湖南省人大常委会"), ("陈文浩", "副主任", "湖南省人大常委会"),
        ("格布扎", "主席", "莫桑比克解放阵线党"), ("格布扎", "总统", None)]


def test_a_person_run_into_a_predicate_is_cut_to_the_name_the_text_tags():
    """院长曲青山作宣讲报告 beside 曲青山, 李屹为文化文史和学习委员会副主任 (CCTV news): the name ends where a verb or
    preposition opens; 习近平和本扬 (a conjunction) and 刘奇葆 beside 刘奇 stay for the other rules."""
    text = "院长曲青山作宣讲报告。曲青山说。李屹为外事委员会委员，李屹为文化文史和学习委员会副主任。刘奇讲话。刘奇葆出席。"
    spans = spans_of(text, [("院长", "TITLE"), ("曲青山作宣", "PER"), ("曲青山", "PER"), ("李屹", "PER"), ("李屹为文化", "PER"),
                            ("副主任", "TITLE"), ("刘奇", "PER"), ("刘奇葆", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["曲青山", "曲青山", "李屹", "李屹", "刘奇", "刘奇葆"]


def test_posts_in_brackets_after_a_name_are_the_persons():
    """金育辉（吉林省副省长，2017年4月起分管…）, 焦红（国家药监局局长）作出深刻检查 (CCTV news); 习近平（中） is no post."""
    text = "对金育辉（吉林省副省长，2017年4月起分管食品药品监管工作）予以免职，焦红（国家药监局局长）作出深刻检查。习近平（中）出席。"
    spans = spans_of(text, [("金育辉", "PER"), ("吉林省", "LOC"), ("副省长", "TITLE"), ("焦红", "PER"), ("国家药监局", "ORG"),
                            ("局长", "TITLE"), ("习近平", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [
        ("金育辉", "副省长", "吉林省"), ("焦红", "局长", "国家药监局")]


def test_a_group_abroad_named_without_a_body_word_is_an_organization():
    """哈马斯, 阿富汗塔利班 read as a person or place (CCTV news) are ORGs, as MSRA tags them."""
    text = "哈马斯发言人巴尔胡姆表示。阿富汗塔利班已否认与袭击有关。"
    spans = spans_of(text, [("哈马斯", "PER"), ("发言人", "TITLE"), ("巴尔胡姆", "PER"), ("阿富汗塔利班", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "PER"] == [
        ("哈马斯", "ORG"), ("发言人", "TITLE"), ("阿富汗塔利班", "ORG")]


def test_a_common_verb_or_adjective_read_whole_as_a_person_is_dropped():
    """对习近平总书记、国家主席成功访越表示祝贺 (CCTV news): 成功 is no name; 达赖 (jieba's verb, rarely counted) is one."""
    text = "对习近平总书记、国家主席成功访越表示祝贺。达赖集团。"
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("国家主席", "TITLE"), ("成功", "PER"), ("达赖", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["习近平", "达赖"]
    assert all(o.name != "成功" for o in extract_officials(text, cleaned))


def test_a_person_ending_like_a_slavic_town_is_a_place():
    """俄军打击了位于顿涅茨克的乌军指挥机构 (CCTV news): -sk towns read as names are places; a governor's name after his
    post stays a person (州长普里茨克)."""
    text = "俄军打击了位于顿涅茨克的乌军指挥机构。伊利诺伊州州长普里茨克表示。"
    spans = spans_of(text, [("顿涅茨克", "PER"), ("伊利诺伊州", "LOC"), ("州长", "TITLE"), ("普里茨克", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type in ("LOC", "PER")] == [
        ("顿涅茨克", "LOC"), ("伊利诺伊州", "LOC"), ("普里茨克", "PER")]


def test_qian_former_is_cut_off_the_place_before_a_post():
    """阿富汗前总统卡尔扎伊 (CCTV news): 前 (former) is no part of the place, as 原 is not."""
    text = "阿富汗前总统卡尔扎伊近日批评美国。"
    spans = spans_of(text, [("阿富汗前", "LOC"), ("总统", "TITLE"), ("卡尔扎伊", "PER"), ("美国", "LOC")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [("卡尔扎伊", "总统", "阿富汗")]


def test_an_envoys_post_is_tagged_and_belongs_to_the_body_that_sends_him():
    """中国驻伊朗大使郁红阳, 伊朗驻华大使哈吉 (CCTV news): the tagger leaves 大使 untagged, reads the name after it as a
    place and 驻华大|使 into the place; the post is the sending state's; an embassy (驻美国大使馆) is no post."""
    text = "中国驻伊朗大使郁红阳到机场迎接。伊朗驻华大使哈吉、欧盟驻华大使史伟出席。中国驻美国大使馆举办活动。"
    spans = spans_of(text, [("中国", "LOC"), ("伊朗", "LOC"), ("郁红阳", "LOC"), ("伊朗", "LOC"), ("华大", "LOC"),
                            ("哈吉", "LOC"), ("欧盟", "ORG"), ("华", "LOC"), ("史伟", "PER"), ("中国驻美国大使馆", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type in ("PER", "TITLE")] == [
        ("大使", "TITLE"), ("郁红阳", "PER"), ("大使", "TITLE"), ("哈吉", "PER"), ("大使", "TITLE"), ("史伟", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("郁红阳", "大使", "中国"), ("哈吉", "大使", "伊朗"), ("史伟", "大使", "欧盟")]



def test_a_representatives_post_at_a_body_belongs_to_the_body_that_sends_him():
    """俄罗斯常驻联合国代表涅边贾, 联合国开发计划署驻巴勒斯坦特别代表西利尔斯 (CCTV news): as an ambassador's, the post
    of a representative or observer written after 驻 or 常驻 and the place or body he is sent to is the sender's, not
    the UN's or Palestine's; none where no sender is written."""
    text = ("俄罗斯常驻联合国代表涅边贾发言。联合国开发计划署驻巴勒斯坦特别代表西利尔斯表示关切。"
            "巴勒斯坦常驻联合国观察员曼苏尔出席。常驻联合国代表王民表示。全国人大代表惠凯说。")
    spans = spans_of(text, [("俄罗斯", "LOC"), ("联合国", "ORG"), ("代表", "TITLE"), ("涅边贾", "PER"),
                            ("联合国开发计划署", "ORG"), ("巴勒斯坦", "LOC"), ("特别代表", "TITLE"), ("西利尔斯", "PER"),
                            ("巴勒斯坦", "LOC"), ("联合国", "ORG"), ("观察员", "TITLE"), ("曼苏尔", "PER"),
                            ("联合国", "ORG"), ("代表", "TITLE"), ("王民", "PER"),
                            ("全国人大", "ORG"), ("代表", "TITLE"), ("惠凯", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("涅边贾", "代表", "俄罗斯"), ("西利尔斯", "特别代表", "联合国开发计划署"), ("曼苏尔", "观察员", "巴勒斯坦"),
        ("王民", "代表", None), ("惠凯", "代表", "全国人大")]
    text = "联合国安理会本月轮值主席、印度尼西亚常驻联合国代表查尼表示。"  # a chair's term between the body and its post
    spans = spans_of(text, [("联合国安理会", "ORG"), ("主席", "TITLE"), ("印度尼西亚", "LOC"), ("联合国", "ORG"),
                            ("代表", "TITLE"), ("查尼", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("查尼", "主席", "联合国安理会"), ("查尼", "代表", "印度尼西亚")]
    text = "中国常驻联合国代表刘结一在表决后发言。"  # the tagger read 常驻 as a post twice in CCTV news: no post, no body
    spans = spans_of(text, [("中国", "LOC"), ("常驻", "TITLE"), ("联合国", "ORG"), ("代表", "TITLE"), ("刘结一", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [("刘结一", "代表", "中国")]

def test_a_span_read_across_zhu_to_the_place_of_a_posting_is_the_sender_and_that_place():
    """叙驻联合国代表, 俄罗斯常驻禁化武组织代表舒利金, 中国驻马来西亚和越南大使馆, 驻喀布尔的大使馆 (CCTV news): a span
    that ends at the place or body someone is stationed in is no name (MSRA and People's Daily tag none); the sender
    and that place are. A body whose name goes on (中国人民解放军驻香港|部队), 驻马店 and 驻韩美军 stay."""
    text = ("叙驻联合国代表：西方令叙利亚人民深陷苦难。俄罗斯常驻禁化武组织代表舒利金2日说。中国驻马来西亚和越南大使馆成立应急"
            "小组。驻喀布尔的大使馆人员撤离。中国人民解放军驻香港部队今天轮换。河南驻马店、驻韩美军。")
    spans = spans_of(text, [("叙驻联合国", "ORG"), ("代表", "TITLE"), ("叙利亚", "LOC"), ("俄罗斯常驻禁化武组织", "ORG"),
                            ("代表", "TITLE"), ("舒利金", "PER"), ("中国驻马来西亚", "ORG"), ("越南大使馆", "ORG"),
                            ("驻喀布尔", "ORG"), ("中国人民解放军驻香港", "ORG"), ("河南驻马店", "LOC"), ("驻韩美军", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type != "TITLE"] == [
        ("叙", "LOC"), ("联合国", "ORG"), ("叙利亚", "LOC"), ("俄罗斯", "LOC"), ("禁化武组织", "ORG"), ("舒利金", "PER"),
        ("中国", "LOC"), ("马来西亚", "LOC"), ("越南大使馆", "ORG"), ("喀布尔", "LOC"), ("中国人民解放军驻香港", "ORG"),
        ("河南驻马店", "LOC"), ("驻韩美军", "ORG")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("舒利金", "代表", "俄罗斯")]


def test_he_before_a_post_with_a_body_of_its_own_parts_two_holders():
    """东盟10国外长和东盟秘书长黎良明, 习近平主席和南非总统雅各布·祖马 (CCTV news): across a body of the later post's own,
    和 names two holders (the ministers are unnamed, 主席 is 习近平's), where 、 or 兼 join one holder's posts."""
    text = "李克强会见东盟10国外长和东盟秘书长黎良明。习近平主席和南非总统雅各布·祖马致辞。市委书记、市人大常委会主任王浩讲话。"
    spans = spans_of(text, [("李克强", "PER"), ("东盟", "ORG"), ("外长", "TITLE"), ("东盟", "ORG"), ("秘书长", "TITLE"),
                            ("黎良明", "PER"), ("习近平", "PER"), ("主席", "TITLE"), ("南非", "LOC"), ("总统", "TITLE"),
                            ("雅各布·祖马", "PER"), ("市委书记", "TITLE"), ("市人大常委会主任", "TITLE"), ("王浩", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [
        ("黎良明", "秘书长", "东盟"), ("习近平", "主席", None), ("雅各布·祖马", "总统", "南非"), ("王浩", "市委书记", None),
        ("王浩", "市人大常委会主任", None)]


def test_a_preposition_read_into_a_foreign_name_written_with_a_dot_is_cut_off():
    """国家主席习近平向劳拉·费尔南德斯致贺电 (CCTV news: the tagger read 向劳拉·费尔南德斯 as the person, and the merge
    joined it to 习近平): no Chinese surname opens a name written with a dot, so 向 is the preposition."""
    text = "国家主席习近平向劳拉·费尔南德斯致贺电。记者向文波报道。历史学家让—弗朗索瓦·贝尔热领导委员会。"
    spans = spans_of(text, [("国家主席", "TITLE"), ("习近平", "PER"), ("向劳拉·费尔南德斯", "PER"), ("向文波", "PER"),
                            ("让—弗朗索瓦·贝尔热", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == [
        "习近平", "劳拉·费尔南德斯", "向文波", "让—弗朗索瓦·贝尔热"]  # Jean-François (MSRA) keeps its 让


def test_a_state_read_apart_from_the_party_named_after_it_is_joined_to_it():
    """塔吉克 (PER)|斯坦共产党 (ORG) (CCTV news): the tagger cut the state's name 塔吉克斯坦 between two spans; the party
    named after the state is one ORG, as 伊拉克库尔德斯坦共产党 of the same story."""
    text = "塔吉克斯坦共产党主席阿卜杜洛耶夫表示，在中国共产党领导下中国取得巨大成就。"
    pieces = [("塔吉克", "PER"), ("斯坦共产党", "ORG"), ("主席", "TITLE"), ("阿卜杜洛耶夫", "PER"), ("中国共产党", "ORG"),
              ("中国", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans] == [("塔吉克斯坦共产党", "ORG"), ("主席", "TITLE"), ("阿卜杜洛耶夫", "PER"),
                                                ("中国共产党", "ORG"), ("中国", "LOC")]


def test_a_name_jieba_knows_or_a_long_transliteration_after_a_post_read_as_a_place_is_the_holder():
    """利比里亚驻华大使托马斯, 斯里兰卡驻华大使科迪图瓦库 (CCTV news): 托马斯 is a name jieba counts often, 科迪图瓦库 a
    transliteration of five characters; both read as places after the post are its holders."""
    text = "利比里亚驻华大使托马斯、斯里兰卡驻华大使科迪图瓦库出席。"
    spans = spans_of(text, [("利比里亚", "LOC"), ("华", "LOC"), ("大使", "TITLE"), ("托马斯", "LOC"), ("斯里兰卡", "LOC"),
                            ("华", "LOC"), ("大使", "TITLE"), ("科迪图瓦库", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["托马斯", "科迪图瓦库"]


def test_a_body_run_into_the_first_word_of_its_venue_name_gets_the_whole_venue():
    """红安县委党校联合红安县党性教育中心 (the written dev split): the tagger stops on 党 of 党性; the place and the venue
    named by nouns after it are one ORG (LABELS.md), not the place alone."""
    text = "红安县委党校联合红安县党性教育中心，组建宣讲团。"
    spans = spans_of(text, [("红安县党", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("红安县党性教育中心", "ORG")]


def test_two_pieces_of_one_post_with_a_noun_between_them_are_one_post():
    """俄罗斯总统新闻秘书佩斯科夫 (CCTV news): the tagger reads 总统 and 秘书 and leaves 新闻 out; one post of 俄罗斯. Two
    posts joined by 、 stay two."""
    text = "俄罗斯总统新闻秘书佩斯科夫表示。中共中央总书记、国家主席习近平出席。"
    spans = spans_of(text, [("俄罗斯", "LOC"), ("总统", "TITLE"), ("秘书", "TITLE"), ("佩斯科夫", "PER"), ("中共中央", "ORG"),
                            ("总书记", "TITLE"), ("国家主席", "TITLE"), ("习近平", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("佩斯科夫", "总统新闻秘书", "俄罗斯"), ("习近平", "总书记", "中共中央"), ("习近平", "国家主席", None)]


def test_a_customs_office_named_by_its_place_is_an_organization():
    """深圳海关在皇岗口岸查获, 广州海关出台18项措施 (CCTV news): a customs office is a body (MSRA, CLUENER and the written
    labels tag it ORG), also where the tagger read it as a place or on into a verb; 世界海关组织 keeps its 组织, and
    秦皇岛市山海关 (a district) stays a place, given the 区 jieba reads into it."""
    text = "深圳海关在皇岗口岸查获走私车。广州海关出台18项措施。世界海关组织的专家到会。秦皇岛市山海关区。"
    spans = spans_of(text, [("深圳海关", "LOC"), ("皇岗口岸", "LOC"), ("广州海关出台", "ORG"), ("世界海关组织", "ORG"),
                            ("秦皇岛市山海关", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.text != "皇岗口岸"] == [
        ("深圳海关", "ORG"), ("广州海关", "ORG"), ("世界海关组织", "ORG"), ("秦皇岛市山海关区", "LOC")]


def test_a_post_or_body_read_across_a_listing_comma_is_split():
    """中央书记处书记、国务委员郭声琨, 江苏省、四川省、生态环境部 (CCTV news): two posts, and a place and a body; a body whose
    name holds 、 (墨西哥环境、自然资源和渔业部) stays whole."""
    text = "中央书记处书记、国务委员郭声琨出席。江苏省、四川省、生态环境部负责同志。墨西哥环境、自然资源和渔业部发表声明。"
    spans = spans_of(text, [("中央书记处", "ORG"), ("书记、国务委员", "TITLE"), ("郭声琨", "PER"), ("江苏省", "LOC"),
                            ("四川省、生态环境部", "ORG"), ("墨西哥环境、自然资源和渔业部", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type != "PER"] == [
        ("中央书记处", "ORG"), ("书记", "TITLE"), ("国务委员", "TITLE"), ("江苏省", "LOC"), ("四川省", "LOC"), ("生态环境部", "ORG"),
        ("墨西哥环境、自然资源和渔业部", "ORG")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("郭声琨", "书记", "中央书记处"), ("郭声琨", "国务委员", None)]


def test_two_posts_joined_by_jian_are_two_posts():
    """全国政协副主席兼秘书长张庆黎, 新华社原副社长兼总编辑冯健 (CCTV news; the tagger reads 兼 with the first post): one entry
    per person and post (LABELS.md), both of the body."""
    text = "全国政协副主席兼秘书长张庆黎主持会议。看望新华社原副社长兼总编辑冯健。"
    spans = spans_of(text, [("全国政协", "ORG"), ("副主席兼", "TITLE"), ("秘书长", "TITLE"), ("张庆黎", "PER"), ("新华社", "ORG"),
                            ("副", "TITLE"), ("社长兼", "TITLE"), ("总编辑", "TITLE"), ("冯健", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("张庆黎", "副主席", "全国政协"), ("张庆黎", "秘书长", "全国政协"), ("冯健", "副社长", "新华社"), ("冯健", "总编辑", "新华社")]


def test_a_speakers_zuo_before_you_guan_is_cut_off_his_name():
    """副委员长兼秘书长王晨作的有关任免案审议情况的汇报 (CCTV news): 作 (gives) is no part of the name."""
    text = "会议听取了全国人大常委会副委员长兼秘书长王晨作的有关任免案审议情况的汇报。"
    spans = spans_of(text, [("全国人大常委会", "ORG"), ("副委员长", "TITLE"), ("秘书长", "TITLE"), ("王晨作", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["王晨"]


def test_a_committee_read_into_its_chairs_post_is_given_back_to_the_body():
    """会议听取了全国人大宪法法律委主任委员信春鹰, 教科文卫委副主任委员刘谦 (CCTV news): the committee is the body, its
    chair's 主任委员 the post; the verb before the committee's name stays out."""
    text = "会议听取了全国人大宪法法律委主任委员信春鹰作的报告。会议听取了教科文卫委副主任委员刘谦作的说明。"
    spans = spans_of(text, [("全国人大", "ORG"), ("律委主任委员", "TITLE"), ("信春鹰", "PER"), ("教科文卫委副主任委员", "TITLE"),
                            ("刘谦", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("信春鹰", "主任委员", "全国人大宪法法律委"), ("刘谦", "副主任委员", "教科文卫委")]


def test_a_leaders_name_read_as_a_place_or_body_before_his_post_is_a_person():
    """我同普京总统一道 (LOC), 赵乐际委员长出席 (ORG) (CCTV news writes a leader's name before the post as often as after
    it): the name is a person and the post his; a country before a post held by a person after it stays a place."""
    text = "我愿继续同普京总统一道，推动中俄关系发展。赵乐际委员长出席。俄罗斯总统普京表示欢迎。"
    spans = spans_of(text, [("普京", "LOC"), ("中俄", "LOC"), ("赵乐际", "ORG"), ("俄罗斯", "LOC"), ("总统", "TITLE"),
                            ("普京", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("普京", "PER"), ("总统", "TITLE"), ("中俄", "LOC"), ("赵乐际", "PER"), ("委员长", "TITLE"), ("俄罗斯", "LOC"),
        ("总统", "TITLE"), ("普京", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("普京", "总统", "俄罗斯"), ("赵乐际", "委员长", None)]


def test_a_former_member_of_the_party_organ_left_untagged_after_the_body_is_a_post():
    """河北省人大常委会原党组成员、副主任宋太平 (notices of discipline cases on CCTV news): the untagged 党组成员 after the
    body and its 原 (former) is the first post of the chain, and the body is both posts'."""
    text = "这些问题涉及河北省人大常委会原党组成员、副主任宋太平等人。"
    spans = spans_of(text, [("河北省人大常委会", "ORG"), ("副主任", "TITLE"), ("宋太平", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("宋太平", "党组成员", "河北省人大常委会"), ("宋太平", "副主任", "河北省人大常委会")]


def test_a_committees_post_and_its_departments_are_one_persons_posts():
    """河南省委原常委、政法委原书记甘荣坤, 县委常委、组织部部长王大学 (notices of discipline cases): the department named
    alone between the posts (no entity: LABELS.md's 市委统战部) does not part the chain; the committee's post keeps its
    body, the department's has none."""
    text = "涉及河南省委原常委、政法委原书记甘荣坤，陕西省商洛市山阳县原县委常委、组织部部长王大学等人。"
    spans = spans_of(text, [("河南省委", "ORG"), ("常委", "TITLE"), ("书记", "TITLE"), ("甘荣坤", "PER"),
                            ("陕西省商洛市山阳县", "LOC"), ("县委常委", "TITLE"), ("部长", "TITLE"), ("王大学", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("甘荣坤", "常委", "河南省委"), ("甘荣坤", "书记", None), ("王大学", "县委常委", "陕西省商洛市山阳县"), ("王大学", "部长", None)]


def test_a_ministrys_kind_read_alone_as_a_body_before_its_head_is_the_post():
    """国务委员兼外交部长王毅 (CCTV news; People's Daily: 外交部长唐家璇): 外交 read as an ORG is no body but the post's
    (外交部长), as 伊朗外交|部长 → 伊朗 + 外交部长."""
    text = "国务委员兼外交部长王毅等参加有关活动。"
    spans = spans_of(text, [("国务委员", "TITLE"), ("外交", "ORG"), ("部长", "TITLE"), ("王毅", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("王毅", "国务委员", None), ("王毅", "外交部长", None)]


def test_a_former_member_of_the_party_organ_read_into_the_body_is_a_post():
    """四川省政协原党组成员、副主席杨克宁 (notices of discipline cases; the tagger reads 四川省政协原党组 as one ORG): the
    body, then 原 (former, neither's), then the post 党组成员, and the body is both posts'."""
    text = "四川省政协原党组成员、副主席杨克宁违规收受礼品。"
    spans = spans_of(text, [("四川省政协原党组", "ORG"), ("副主席", "TITLE"), ("杨克宁", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned][:2] == [("四川省政协", "ORG"), ("党组成员", "TITLE")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("杨克宁", "党组成员", "四川省政协"), ("杨克宁", "副主席", "四川省政协")]


def test_a_national_body_before_its_party_post_is_tagged_and_a_former_posts_yuan_is_neithers():
    """住房和城乡建设部党组书记、部长倪虹 (jieba reads 部党组 as a word, and the tagger left the ministry untagged) and
    国家能源局原党组书记、局长努尔·白克力 (read as one ORG up to the post): the body is both posts', 原 (former) is
    neither's."""
    text = "中央宣讲团成员，住房和城乡建设部党组书记、部长倪虹作宣讲报告。对国家能源局原党组书记、局长努尔·白克力进行审查。"
    spans = spans_of(text, [("党组书记", "TITLE"), ("部长", "TITLE"), ("倪虹", "PER"), ("国家能源局原党组书记", "ORG"),
                            ("局长", "TITLE"), ("努尔·白克力", "PER")])
    cleaned = clean_spans(text, spans)
    assert ("住房和城乡建设部", "ORG") in [(e.text, e.type) for e in cleaned]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("倪虹", "党组书记", "住房和城乡建设部"), ("倪虹", "部长", "住房和城乡建设部"),
        ("努尔·白克力", "党组书记", "国家能源局"), ("努尔·白克力", "局长", "国家能源局")]


def test_a_factorys_workshop_between_the_body_and_the_post_is_a_sub_unit():
    """河钢集团邯钢公司邯宝炼钢厂转炉车间副主任唐笑宇 (CCTV news): the workshop is an unnamed sub-unit, as 计量科 is; the
    post belongs to the named body."""
    text = "带您认识河钢集团邯钢公司邯宝炼钢厂转炉车间副主任唐笑宇。"
    spans = spans_of(text, [("河钢集团邯钢公司邯宝炼钢厂", "ORG"), ("副主任", "TITLE"), ("唐笑宇", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("唐笑宇", "副主任", "河钢集团邯钢公司邯宝炼钢厂")]


def test_a_post_words_head_read_as_a_body_goes_back_to_the_post():
    """国务委员兼外交部长王毅, 瑞士联邦副主席兼内政部长贝尔塞 (CCTV news; the tagger read 外 and 内 as ORGs and the rest
    as the post): the post is jieba's whole word, and the chain of posts joined by 兼 is whole."""
    text = "国务委员兼外交部长王毅出席。瑞士联邦副主席兼内政部长贝尔塞送行。"
    spans = spans_of(text, [("国务委员", "TITLE"), ("外", "ORG"), ("交部长", "TITLE"), ("王毅", "PER"), ("瑞士联邦", "LOC"),
                            ("副主席", "TITLE"), ("内", "ORG"), ("政部长", "TITLE"), ("贝尔塞", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("王毅", "国务委员", None), ("王毅", "外交部长", None), ("贝尔塞", "副主席", "瑞士联邦"), ("贝尔塞", "内政部长", "瑞士联邦")]


def test_a_secretary_read_into_the_secretariat_or_a_villages_party_post_into_the_village_comes_off():
    """中共中央政治局委员、中央书记处书记、中央办公厅主任栗战书 (CCTV news; the tagger read 中央书记处书记 as one ORG): the
    secretariat and the post; a village read with its party post (…古灶村党委书记 as one ORG) is a LOC and the post."""
    text = "中共中央政治局委员、中央书记处书记、中央办公厅主任栗战书出席。佛山市禅城区张槎街道古灶村党委书记陆秀兴说。"
    spans = spans_of(text, [("中共中央政治局", "ORG"), ("委员", "TITLE"), ("中央书记处书记", "ORG"), ("中央办公厅", "ORG"),
                            ("主任", "TITLE"), ("栗战书", "PER"), ("佛山市禅城区张槎街道古灶村党委书记", "ORG"), ("陆秀兴", "PER")])
    cleaned = clean_spans(text, spans)
    assert ("佛山市禅城区张槎街道古灶村", "LOC") in [(e.text, e.type) for e in cleaned]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("栗战书", "委员", "中共中央政治局"), ("栗战书", "书记", "中央书记处"), ("栗战书", "主任", "中央办公厅"),
        ("陆秀兴", "党委书记", "佛山市禅城区张槎街道古灶村")]


def test_a_bay_area_cut_before_its_qu_is_completed():
    """推进建设粤港澳大湾区 (CCTV news; the tagger stops one in four mentions at 大湾): a named zone is one LOC."""
    text = "推进建设粤港澳大湾区，有利于深化合作。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("粤港澳大湾", "LOC")]))] == ["粤港澳大湾区"]


def test_posts_held_after_a_verb_keep_the_bodies_written_before_them():
    """赵亚夫是镇江市人大常委会原副主任、镇江农科所原所长、党委书记 (CCTV news): every post the verb gives him is his, each
    with the body written before it, carried on to the posts after it."""
    text = "赵亚夫是镇江市人大常委会原副主任、镇江农科所原所长、党委书记，他53年如一日扎根农村。"
    spans = spans_of(text, [("赵亚夫", "PER"), ("镇江市人大常委会", "ORG"), ("副主任", "TITLE"), ("镇江农科所", "ORG"),
                            ("所长", "TITLE"), ("党委书记", "TITLE")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("赵亚夫", "副主任", "镇江市人大常委会"), ("赵亚夫", "所长", "镇江农科所"), ("赵亚夫", "党委书记", "镇江农科所")]


def test_a_presidents_name_jieba_counts_as_a_place_is_the_holder_after_the_post():
    """中国国家主席习近平和俄罗斯总统普京专门致信祝贺 (CCTV news; jieba counts 普京 as a place often, and the tagger read it
    as one): right after a president's post the name is the holder; a country there stays a place."""
    text = "中国国家主席习近平和俄罗斯总统普京专门致信祝贺。"
    spans = spans_of(text, [("中国", "LOC"), ("国家主席", "TITLE"), ("习近平", "PER"), ("俄罗斯", "LOC"), ("总统", "TITLE"),
                            ("普京", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.text in ("俄罗斯", "普京")] == [("俄罗斯", "LOC"), ("普京", "PER")]
    assert ("普京", "总统", "俄罗斯") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_a_transliterated_names_first_character_read_into_the_post_goes_back():
    """俄罗斯总统发言人佩斯科夫 and 自治区人大常委会主任祖木热提·吾布力 (CCTV news; the tagger read 佩 and 祖 into the post):
    the post is whole without them and the name is a transliteration, so they are the name's."""
    text = "俄罗斯总统发言人佩斯科夫3日说。自治区人大常委会主任祖木热提·吾布力出席。"
    spans = spans_of(text, [("俄罗斯", "LOC"), ("总统发言人佩", "TITLE"), ("斯科夫", "PER"), ("自治区人大常委会", "ORG"),
                            ("主任祖", "TITLE"), ("木热提·吾布力", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("佩斯科夫", "总统发言人", "俄罗斯"), ("祖木热提·吾布力", "主任", "自治区人大常委会")]


def test_the_state_before_its_head_is_the_post_where_the_tagger_read_guo_alone():
    """中共中央总书记、国家主席、中央军委主席习近平 (CCTV news; the tagger read 国 alone as an ORG and left 家 out): the
    post is 国家主席, and the chain of posts before the name is whole."""
    text = "中共中央总书记、国家主席、中央军委主席习近平听取汇报。"
    spans = spans_of(text, [("中共中央", "ORG"), ("总书记", "TITLE"), ("国", "ORG"), ("主席", "TITLE"), ("中央军委", "ORG"),
                            ("主席", "TITLE"), ("习近平", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("习近平", "总书记", "中共中央"), ("习近平", "国家主席", None), ("习近平", "主席", "中央军委")]


def test_a_later_post_naming_the_autonomous_regions_body_does_not_take_the_carried_one():
    """全国政协副主席、自治区政协主席帕巴拉·格列朗杰 (CCTV news): the later post names its own body by the region's level
    (自治区政协), as 县总工会主席 does, so 全国政协 is not carried to it."""
    text = "全国政协副主席、自治区政协主席帕巴拉·格列朗杰出席。"
    spans = spans_of(text, [("全国政协", "ORG"), ("副主席", "TITLE"), ("自治区政协主席", "TITLE"), ("帕巴拉·格列朗杰", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("帕巴拉·格列朗杰", "副主席", "全国政协"), ("帕巴拉·格列朗杰", "自治区政协主席", None)]


def test_names_listed_after_a_post_all_hold_it():
    """全国政协副主席何报翔、王光谦出席仪式 (CCTV news): the post and its body written before the first name are every
    listed name's (LABELS.md §3: a person whose post stands in the same clause); a name after 、 that has a post of its
    own before it keeps its own."""
    text = "全国政协副主席何报翔、王光谦出席仪式。县委书记张明、县长李华参加。"
    spans = spans_of(text, [("全国政协", "ORG"), ("副主席", "TITLE"), ("何报翔", "PER"), ("王光谦", "PER"),
                            ("县委书记", "TITLE"), ("张明", "PER"), ("县长", "TITLE"), ("李华", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("何报翔", "副主席", "全国政协"), ("王光谦", "副主席", "全国政协"), ("张明", "县委书记", None), ("李华", "县长", None)]


def test_a_heads_post_alone_after_the_bodys_secretary_points_back_to_the_body():
    """大沥镇党委书记杜伟标、镇长刘宗阳; 金星村党支部书记王慧敏、村主任秦三学 (CCTV news of discipline cases): a town's or
    village's head named by the post alone belongs to the town or village named before it (the village alone), as
    院长 and 所长 do."""
    text = "广东省佛山市南海区大沥镇党委书记杜伟标、镇长刘宗阳等人违规发放奖金。良田镇金星村党支部书记王慧敏、村主任秦三学被处理。"
    spans = spans_of(text, [("广东省佛山市南海区大沥镇", "LOC"), ("党委书记", "TITLE"), ("杜伟标", "PER"), ("镇长", "TITLE"),
                            ("刘宗阳", "PER"), ("良田镇金星村", "LOC"), ("党支部书记", "TITLE"), ("王慧敏", "PER"),
                            ("村主任", "TITLE"), ("秦三学", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("杜伟标", "党委书记", "广东省佛山市南海区大沥镇"), ("刘宗阳", "镇长", "广东省佛山市南海区大沥镇"),
        ("王慧敏", "党支部书记", "良田镇金星村"), ("秦三学", "村主任", "金星村")]


def test_a_local_post_after_its_field_and_its_holder_left_untagged_are_tagged():
    """丽水市莲都区老竹畲族镇沙溪村地质灾害监测员雷水根背着工具包 (the written dev split; the tagger left post and name
    untagged): the field (地质灾害) stands between the village and its post, and the village is the post's body."""
    text = "6月18日一早，丽水市莲都区老竹畲族镇沙溪村地质灾害监测员雷水根背着工具包，沿着村后山坡查看。"
    spans = spans_of(text, [("丽水市莲都区老竹畲族镇沙溪村", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("丽水市莲都区老竹畲族镇沙溪村", "LOC"), ("监测员", "TITLE"), ("雷水根", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("雷水根", "监测员", "丽水市莲都区老竹畲族镇沙溪村")]


def test_a_leaders_name_left_untagged_before_his_post_and_a_chairing_verb_is_a_person():
    """会议在北京人民大会堂举行。栗战书委员长主持会议。(CCTV news; the tagger read 栗 alone and 战书委员长主持会 as a post, 战书
    being a word): the name opening the clause before a leader's post and 主持 is a person and the post his."""
    text = "会议在北京人民大会堂举行。栗战书委员长主持会议。"
    spans = spans_of(text, [("北京人民大会堂", "LOC"), ("栗", "PER"), ("战书委员长", "TITLE"), ("主持会", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type in ("PER", "TITLE")] == [("栗战书", "PER"), ("委员长", "TITLE")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("栗战书", "委员长", None)]


def test_attending_a_meeting_read_into_a_body_is_cut_off_and_a_listed_name_before_it_is_a_person():
    """大会主席团常务主席李干杰、何维、武维华出席会议 (CCTV news; the tagger read 武维华出席会 as an ORG, or 席会 alone after
    王沪宁出): the verb and its meeting are no name, the last listed name is a person holding the posts of the list (the
    presidium given back to its body: 大会主席团 + 常务主席), and a committee's member read into the committee is a post
    (中央财经委员会委员 → 中央财经委员会 + 委员)."""
    text = "大会主席团常务主席李干杰、何维、武维华出席会议。李克强、王沪宁出席会议。联合国国际法委员会委员黄惠康作讲座。"
    spans = spans_of(text, [("主席团常务主席", "TITLE"), ("李干杰", "PER"), ("何维", "PER"), ("武维华出席会", "ORG"),
                            ("李克强", "PER"), ("王沪宁", "PER"), ("席会", "ORG"), ("联合国国际法委员会委员", "ORG"),
                            ("黄惠康", "PER")])
    cleaned = clean_spans(text, spans)
    assert not [e for e in cleaned if "会议" in text[e.start : e.end + 1] and e.type != "TITLE"]
    assert ("武维华", "PER") in [(e.text, e.type) for e in cleaned]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("李干杰", "常务主席", "大会主席团"), ("何维", "常务主席", "大会主席团"), ("武维华", "常务主席", "大会主席团"),
        ("黄惠康", "委员", "联合国国际法委员会")]


def test_a_person_opening_an_idiom_and_ending_inside_it_is_dropped_but_a_known_name_stays():
    """一定牢记习近平总书记谆谆教诲 (CCTV news; the tagger read 谆谆 as the General Secretary's name): a short person that
    opens a set phrase of jieba's and stops inside it is no name; a name jieba knows before its post (布什总统, one
    set phrase to jieba) stays, as MSRA tags it."""
    text = "一定牢记习近平总书记谆谆教诲。布什总统和克林顿总统继续执行这一政策。"
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("谆谆", "PER"), ("布什", "PER"), ("总统", "TITLE"),
                            ("克林顿", "PER"), ("总统", "TITLE")])
    people = [e.text for e in clean_spans(text, spans) if e.type == "PER"]
    assert people == ["习近平", "布什", "克林顿"]


def test_a_foreign_leaders_name_read_into_his_post_is_given_back_and_a_chair_country_is_no_post():
    """中国国家主席习近平、南非总统祖马、巴西总统罗塞芙 (CCTV news; the tagger read 总统祖马 as one post, or 总统祖 and 马):
    the name after a leader's post is the person's, and 罗塞芙 is not 总统祖马; 下届主席国 (the forum's next chair) is a
    country, no post, even with a person in its clause."""
    text = "中国国家主席习近平、南非总统祖马、巴西总统罗塞芙出席。习近平和南非总统祖马共同主持。论坛下届主席国、南非总统祖马致辞。"
    spans = spans_of(text, [("中国", "LOC"), ("国家主席", "TITLE"), ("习近平", "PER"), ("南非", "LOC"), ("总统祖马", "TITLE"),
                            ("巴西", "LOC"), ("总统", "TITLE"), ("罗塞芙", "PER"), ("习近平", "PER"), ("南非", "LOC"),
                            ("总统祖", "TITLE"), ("马", "PER"), ("主席国", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert "主席国" not in [e.text for e in cleaned]
    assert {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)} == {
        ("习近平", "国家主席", "中国"), ("祖马", "总统", "南非"), ("罗塞芙", "总统", "巴西")}


def test_a_meetings_yi_and_a_departments_first_character_go_where_their_words_are():
    """会见印度尼西亚人民协商会议主席班邦; 第三军医大学第一附属医院病理科主任、教授卞修武 (CCTV news; the tagger ended the
    body at 协商会 and at 医院病): 会议 closes the body and 主席 is the post; 病理科 is the department of the post, as the
    written labels read 德清县人民医院 + 眼科主任."""
    text = "汪洋会见印度尼西亚人民协商会议主席班邦。给第三军医大学第一附属医院病理科主任、教授卞修武记一等功。"
    spans = spans_of(text, [("汪洋", "PER"), ("印度尼西亚人民协商会", "ORG"), ("议主席", "TITLE"), ("班邦", "PER"),
                            ("第三军医大学第一附属医院病", "ORG"), ("理科主任", "TITLE"), ("教授", "TITLE"), ("卞修武", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("班邦", "主席", "印度尼西亚人民协商会议"), ("卞修武", "病理科主任", "第三军医大学第一附属医院"),
        ("卞修武", "教授", "第三军医大学第一附属医院")]


def test_a_verbs_last_character_read_into_a_place_or_person_goes_back_to_the_verb():
    """巴方感谢中方长期以来给予的支持; 他聚焦长江大保护; 阿马拉苏里亚转达迪萨纳亚克总统的问候 (CCTV news; the tagger opened
    the name on the verb's last character): the verb keeps it; 从中美两国 (从中 an adverb) keeps 中美."""
    text = "巴方感谢中方长期以来给予的支持。他聚焦长江大保护。阿马拉苏里亚转达迪萨纳亚克总统的问候。从中美两国年轻一代说起。"
    spans = spans_of(text, [("巴", "LOC"), ("谢中", "LOC"), ("焦长江", "LOC"), ("阿马拉苏里亚", "PER"), ("达迪萨纳亚克", "PER"),
                            ("总统", "TITLE"), ("中美", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "TITLE"] == [
        ("巴", "LOC"), ("中", "LOC"), ("长江", "LOC"), ("阿马拉苏里亚", "PER"), ("迪萨纳亚克", "PER"), ("中美", "LOC")]


def test_a_name_left_untagged_in_a_list_of_people_is_a_person():
    """王沪宁、栗战书、杨洁篪等参加; 刘延东、栗战书和有关方面负责同志出席会议 (CCTV news; the tagger never saw 栗战书, and read
    战书 as a post once): a three-character name of a common surname listed after a person, before a person or the list's
    end, is a person; a common word listed so (王沪宁、同志们) is not."""
    text = "王沪宁、栗战书、杨洁篪等参加。刘延东、栗战书和有关方面负责同志出席会议。王沪宁、同志们出席。"
    spans = spans_of(text, [("王沪宁", "PER"), ("战书", "TITLE"), ("杨洁篪", "PER"), ("刘延东", "PER"), ("王沪宁", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == [
        "王沪宁", "栗战书", "杨洁篪", "刘延东", "栗战书", "王沪宁"]


def test_a_leaders_name_left_untagged_after_his_post_and_a_chairing_verb_is_a_person():
    """大会主席团常务主席、全国人大常委会委员长栗战书主持会议 (CCTV news; the tagger tagged the bodies only): the name after a
    leader's post and before 主持 is a person and the posts are his; not a time word or a pronoun standing there
    (若斯潘总理周二晚表示, 总书记向他们表示)."""
    text = "大会主席团常务主席、全国人大常委会委员长栗战书主持会议。若斯潘总理周二晚表示欢迎。"
    spans = spans_of(text, [("大会主席团", "ORG"), ("全国人大常委会", "ORG"), ("若斯潘", "PER"), ("总理", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["栗战书", "若斯潘"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("栗战书", "常务主席", "大会主席团"), ("栗战书", "委员长", "全国人大常委会"), ("若斯潘", "总理", None)]


def test_a_guard_and_a_convict_are_no_posts_and_a_role_read_into_a_name_is_cut_off():
    """被刺倒的两名保安倪兵、韩一民; 南京大屠杀主犯谷寿夫 (CCTV news): a guard's job and a convict's part are roles, not
    posts, so no official; the role the tagger read into the name (保安|倪兵 as one person) is cut off it."""
    text = "被刺倒的两名保安倪兵、韩一民因伤势过重殉职，另一名保安孙凯正在救治。法庭审判南京大屠杀主犯谷寿夫。"
    spans = spans_of(text, [("保安", "PER"), ("倪兵", "PER"), ("韩一民", "PER"), ("保安", "TITLE"), ("孙凯", "PER"),
                            ("主犯", "TITLE"), ("谷寿夫", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("倪兵", "PER"), ("韩一民", "PER"), ("孙凯", "PER"), ("谷寿夫", "PER")]
    assert extract_officials(text, cleaned) == []


def test_players_positions_parts_suspects_citizens_and_veterans_are_roles_not_posts():
    """墨西哥队的门将奥乔亚, 文中的主角廖厂长, 34号嫌犯郭廖武, 乌克兰公民娜塔莉亚·沃夫克, 八路军老战士樊玉成 (CCTV news): a
    player's position, a story's part, a suspect, a citizen and a veteran are roles (LABELS.md: roles are not posts; the
    written labels tag none; CLUENER tags 门将, 前锋, 中场, 球员 as positions), and 中共中央领导集体 is no post."""
    text = ("墨西哥队的门将奥乔亚表现神勇。34号嫌犯郭廖武今天被遣返。执行者是乌克兰公民娜塔莉亚·沃夫克。八路军老战士樊玉成"
            "出席。阿根廷队前锋梅西进球。新一届中共中央领导集体和习近平总书记珍视友谊。")
    spans = spans_of(text, [("墨西哥队", "ORG"), ("门将", "TITLE"), ("奥乔亚", "PER"), ("嫌犯", "TITLE"), ("郭廖武", "PER"),
                            ("乌克兰", "LOC"), ("公民", "TITLE"), ("娜塔莉亚·沃夫克", "PER"), ("八路军", "ORG"),
                            ("老战士", "TITLE"), ("樊玉成", "PER"), ("阿根廷队", "ORG"), ("前锋", "TITLE"), ("梅西", "PER"),
                            ("中共中央", "ORG"), ("领导集体", "TITLE"), ("习近平", "PER"), ("总书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["总书记"]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("习近平", "总书记")]


def test_a_ministers_xiang_goes_to_the_post_not_the_name():
    """日本外相玄叶光一郎、防卫相森本敏; 朝鲜劳动党中央政治局委员、外务相李勇浩 (CCTV news; the tagger stopped the post before
    相 and read it into the name, or left it untagged): 防卫相 and 外务相 are the posts, 森本敏 and 李勇浩 the names."""
    text = "会见了日本外相玄叶光一郎、防卫相森本敏。朝鲜外务相李勇浩出席。"
    spans = spans_of(text, [("日本", "LOC"), ("外相", "TITLE"), ("玄叶光一郎", "PER"), ("防卫", "TITLE"), ("相森本敏", "PER"),
                            ("朝鲜", "LOC"), ("外务", "TITLE"), ("李勇浩", "PER")])
    assert [(o.name, o.title) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("玄叶光一郎", "外相"), ("森本敏", "防卫相"), ("李勇浩", "外务相")]


def test_a_body_that_stops_inside_an_agreement_is_dropped_but_gatt_stays():
    """欧盟和加拿大的双边自由贸易协定谈判; 曾达成协议 (CCTV news; the tagger read 贸易协 and 达成协 as bodies): an agreement is
    no body and a span that stops inside one is dropped; MSRA's 关贸总协定 (GATT) stays."""
    text = "欧盟和加拿大的双边自由贸易协定谈判取得进展。两国曾达成协议。参加关贸总协定谈判。"
    spans = spans_of(text, [("欧盟", "ORG"), ("加拿大", "LOC"), ("贸易协", "ORG"), ("达成协", "ORG"), ("关贸总协定", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["欧盟", "加拿大", "关贸总协定"]


def test_a_people_with_its_zu_or_muslims_read_as_a_person_are_no_person():
    """陈武（壮族）; 圣殿山被穆斯林称为“尊贵禁地” (CCTV news; the tagger read 壮族 and 穆斯林 as persons): a people or a
    faith's members are no person; 陈武 stays."""
    text = "陈希 陈武（壮族） 陈豪当选。耶路撒冷老城的圣殿山，被穆斯林称为“尊贵禁地”。"
    spans = spans_of(text, [("陈希", "PER"), ("陈武", "PER"), ("壮族", "PER"), ("陈豪", "PER"), ("耶路撒冷", "LOC"),
                            ("穆斯林", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["陈希", "陈武", "陈豪"]


def test_a_qualified_fuzeren_is_a_role_not_a_post():
    """各民主党派中央负责人万鄂湘、陈晓光、郝明金先后发言 (CCTV news): LABELS.md's 负责人 is a role, and so is 中央负责人 or
    相关负责人, so the leaders listed after it are no officials by it."""
    text = "各民主党派中央负责人万鄂湘、陈晓光、郝明金先后发言。县水利局相关负责人李明介绍。"
    spans = spans_of(text, [("中央负责人", "TITLE"), ("万鄂湘", "PER"), ("陈晓光", "PER"), ("郝明金", "PER"),
                            ("县水利局", "ORG"), ("相关负责人", "TITLE"), ("李明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e for e in cleaned if e.type == "TITLE"] == []
    assert extract_officials(text, cleaned) == []


def test_generic_adjectives_and_set_phrases_read_as_places_or_bodies_are_dropped():
    """中华民族伟大复兴; 广大政协委员; 具有特殊重大意义; 隋青不再担任; 并不意味着陷入僵局 (CCTV news; the tagger read the word
    alone as a body or place): none names anything; 中华民族 and 隋青 are not touched."""
    text = "全面推进中华民族伟大复兴。广大政协委员要发挥特长。具有特殊重大意义。隋青不再担任委员。谈判暂停并不意味着陷入僵局。"
    spans = spans_of(text, [("伟大", "ORG"), ("广大", "ORG"), ("重大", "LOC"), ("隋青", "PER"), ("不再", "ORG"),
                            ("陷入僵局", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["隋青"]


def test_a_session_number_alone_is_no_body():
    """第十五届、十六届、十七届中央委员; 出席第七届东方经济论坛 (CCTV news; the tagger read the session numbers as bodies):
    a session's number alone names nothing; 十九届中央委员会 whole stays."""
    text = "第十五届、十六届、十七届中央委员。出席第七届东方经济论坛。十九届中央委员会召开全会。"
    spans = spans_of(text, [("十六届", "ORG"), ("十七届", "ORG"), ("第七届", "ORG"), ("十九届中央委员会", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["十九届中央委员会"]


def test_a_venue_the_tagger_stops_inside_is_completed_and_a_bare_venue_head_dropped():
    """Y29次列车从西安火车站驶出; 专机在天山国际机场降落; 以色列驻约旦大使馆; 数万人前往殡仪馆; 三星堆博物馆 (CCTV news; the
    tagger stopped one or two characters inside the venue word): a named venue is completed, a bare venue type's
    head is generic and dropped; a body's website (官方网站) is no part of its name."""
    text = ("列车从西安火车站驶出。专机在天山国际机场降落。以色列驻约旦大使馆撤回。民众前往殡仪馆。三星堆博物馆等机构。"
            "武汉市国土资源和房产管理局官方网站公示。")
    spans = spans_of(text, [("西安火车", "LOC"), ("天山国际机", "LOC"), ("以色列", "LOC"), ("约旦大使", "ORG"),
                            ("殡仪", "ORG"), ("博物", "LOC"), ("武汉市国土资源和房产管理局官方", "ORG")])
    cleaned = [e.text for e in clean_spans(text, spans)]
    assert cleaned[:4] == ["西安火车站", "天山国际机场", "以色列", "约旦大使馆"]
    assert len(cleaned) == 5 and not cleaned[4].endswith("网站")


def test_one_body_entrusting_another_read_as_one_is_split_at_the_verb():
    """会议听取了受国务院委托审计署审计长侯凯作的报告 (CCTV news; the tagger read 国务院委托审计署 as one body): the
    entrusting body and the entrusted one are two, and 审计署 is the auditor general's body."""
    text = "会议听取了受国务院委托审计署审计长侯凯作的报告。"
    spans = spans_of(text, [("国务院委托审计署", "ORG"), ("审计长", "TITLE"), ("侯凯", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("国务院", "ORG"), ("审计署", "ORG"), ("审计长", "TITLE"), ("侯凯", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("侯凯", "审计长", "审计署")]


def test_residents_read_into_a_place_are_cut_off_it():
    """众多香港市民; 大批日本民众; 向卡塔尔民众提供食物; 武汉市民走出家门 (CCTV news; the tagger read the residents into the
    place, or took 市 of 市民): the place alone is tagged, as MSRA tags 武汉|市民 and 香港|市民."""
    text = "吸引了众多香港市民、游客。大批日本民众集会。他们准备向卡塔尔民众提供食物。武汉市民走出家门。"
    spans = spans_of(text, [("香港市", "LOC"), ("日本民众", "LOC"), ("卡塔尔民众", "ORG"), ("武汉市", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("香港", "LOC"), ("日本", "LOC"), ("卡塔尔", "LOC"),
                                                                    ("武汉", "LOC")]


def test_nothing_inside_the_national_economic_and_social_development_plan_is_tagged():
    """2014年国民经济和社会发展计划执行情况 (CCTV news; the tagger read 国民经济和社会, 国民经济 or 社会 as a body): the plan
    holds no name; 全国人大 before it stays."""
    text = "全国人大批准2014年国民经济和社会发展计划执行情况与2015年国民经济和社会发展计划。"
    spans = spans_of(text, [("全国人大", "ORG"), ("国民经济和社会", "ORG"), ("国民经济", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["全国人大"]


def test_a_body_opening_inside_a_long_noun_is_given_the_noun_back():
    """出席上海合作组织成员国元首理事会; 美国国家过敏症和传染病研究所所长福奇 (CCTV news; the tagger opened the body inside
    成员国 and 过敏症): the noun's first characters are the body's; a body opening with a word of its own stays
    (非全美汽车工人联合会会员; MSRA's 非工会工人 tags a bare 工会, which LABELS.md leaves untagged)."""
    text = "习近平出席上海合作组织成员国元首理事会会议。美国国家过敏症和传染病研究所所长福奇表示。雇佣非全美汽车工人联合会会员。"
    spans = spans_of(text, [("习近平", "PER"), ("上海合作组织", "ORG"), ("国元首理事会", "ORG"),
                            ("敏症和传染病研究所", "ORG"), ("所长", "TITLE"), ("福奇", "PER"), ("全美汽车工人联合会", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "ORG"] == ["上海合作组织成员国元首理事会", "过敏症和传染病研究所", "全美汽车工人联合会"]
    assert [(o.name, o.org) for o in extract_officials(text, cleaned)] == [("福奇", "过敏症和传染病研究所")]


def test_a_span_holding_one_mark_of_a_paper_title_is_closed_or_cut_to_the_name():
    """而英国《金融时报》对各项民调; 《太阳报》编辑部主任姆博吉; 日本《东京新闻》2号报道 (CCTV news; the tagger stopped before
    》 or opened inside 《 and ran past 》): the paper is its name alone (LABELS.md: "in 《工人日报》 only the name"), the
    state before it a place."""
    text = "而英国《金融时报》对各项民调进行分析。《太阳报》编辑部主任姆博吉表示。日本《东京新闻》2号报道。"
    spans = spans_of(text, [("英国《金融时报", "ORG"), ("太阳报》编辑部", "ORG"), ("主任", "TITLE"), ("姆博吉", "PER"),
                            ("日本", "LOC"), ("东京新闻》2号报道", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "ORG"] == ["金融时报", "太阳报", "东京新闻"]
    assert [e.text for e in cleaned if e.type == "LOC"] == ["英国", "日本"]
    assert [(o.name, o.org) for o in extract_officials(text, cleaned)] == [("姆博吉", "太阳报")]


def test_a_paper_in_a_book_title_is_tagged_by_its_name_alone():
    """LABELS.md: media names are ORG, also in 来源 lines, and in 《工人日报》 only the name. The tagger read a paper with
    its state and kind as one ORG (德国《经济周刊》, 《求是》杂志: MSRA's way) or left it untagged (美国《纽约时报》, 来源：《浙江日报》;
    CCTV news): the name alone is the ORG, the state before it a LOC, a post after it the paper's. A document's or a
    column's title is no paper (《新闻公报》, 《四川拉响暴雨红色警报》, 栏目有《过去的新闻》)."""
    text = ("德国《经济周刊》前主编斯蒂芬·巴伦说。本期《求是》杂志发表文章。美国《纽约时报》网站刊文称。来源：《浙江日报》。"
            "会议通过了《新闻公报》。栏目有《过去的新闻》、《四川拉响暴雨红色警报》。")
    spans = spans_of(text, [("德国《经济周刊》", "ORG"), ("前主编", "TITLE"), ("斯蒂芬·巴伦", "PER"), ("《求是》杂志", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("德国", "LOC"), ("经济周刊", "ORG"), ("前主编", "TITLE"), ("斯蒂芬·巴伦", "PER"),
                                                    ("求是", "ORG"), ("美国", "LOC"), ("纽约时报", "ORG"), ("浙江日报", "ORG")]
    assert all(text[e.start : e.end] == e.text for e in cleaned)
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("斯蒂芬·巴伦", "前主编", "经济周刊")]


def test_a_body_named_after_a_document_or_a_work_stays_whole():
    """全国人大常委会《税收征收管理法》执法检查组; 《南京大屠杀图证》编纂工作委员会 (MSRA train, whose gold reads them whole):
    the body is named after a law or a book, no paper, and had been cut to the title as if it were one. A paper's kind
    after its title makes it a paper (《时代》周刊, 《今日美国》报; not 报道), and 《大公报》 is a paper, not a 公报."""
    text = ("全国人大常委会《税收征收管理法》执法检查组召开会议。《南京大屠杀图证》编纂工作委员会出书。"
            "美国《时代》周刊报道。《今日美国》报援引专家的话。香港《大公报》、中华文化城主办。")
    spans = spans_of(text, [("全国人大常委会《税收征收管理法》执法检查组", "ORG"), ("《南京大屠杀图证》编纂工作委员会", "ORG"),
                            ("美国《时代》周刊", "ORG"), ("香港《大公报》", "ORG"), ("中华文化城", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("全国人大常委会《税收征收管理法》执法检查组", "ORG"), ("《南京大屠杀图证》编纂工作委员会", "ORG"), ("美国", "LOC"),
        ("时代", "ORG"), ("今日美国", "ORG"), ("香港", "LOC"), ("大公报", "ORG"), ("中华文化城", "ORG")]


def test_a_regiment_keeps_its_name_before_its_commissar():
    """他历任淮安独立团政委，二纵四师十一团政委，陕甘宁独立三团政委 (MSRA train): jieba's word 团政委 had given the
    post to the body (淮安独立团政委, one ORG), and the regiment of three provinces' abbreviations had been cut to them
    as a place; each regiment is an ORG, its commissar a post."""
    text = "他历任淮安独立团政委，二纵四师十一团政委，陕甘宁独立三团政委等职。"
    spans = spans_of(text, [("淮安独立团", "ORG"), ("政委", "TITLE"), ("二纵四师十一团", "ORG"), ("政委", "TITLE"),
                            ("陕甘宁独立三团", "ORG"), ("政委", "TITLE")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["淮安独立团", "二纵四师十一团", "陕甘宁独立三团"]


def test_words_of_msra_train_the_rules_made_names_of():
    """From MSRA train, spans the rules made where the tagger read none: a listed state's abbreviation grown into a
    noun (拳击、泰|拳, and so 日|语, 闽|南话 in CCTV news), a post's holder that is an adjective and a particle
    (当一名女秘书|强多了), a black hole and a satellite (黑洞, 国际７０８|卫星)."""
    text = "吸取拳击、泰拳等运动项目之特长。比在别人手下当一名女秘书强多了。对黑洞兴趣的重新唤起。发射国际７０８卫星失利。"
    spans = spans_of(text, [("泰", "LOC"), ("秘书", "TITLE"), ("黑洞", "LOC"), ("７０８卫星", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type != "TITLE"] == []


def test_verbs_and_locatives_are_no_names_and_a_transliteration_keeps_its_end():
    """MSRA train: 受市民钟爱的风景 (the residents' verb after 受; jieba tags 钟爱 as a name), 在…院长任上 (in office; 任 is
    a surname), and 皮尔庞特等１０名美国青年 (a transliteration, not a Chinese name run into 特等)."""
    text = "陕西省铜川市有一道受市民钟爱的亮丽风景。前一年，在上海电力设计院院长任上，他病倒了。皮尔庞特等１０名美国青年。"
    spans = spans_of(text, [("陕西省", "LOC"), ("铜川市", "LOC"), ("上海电力设计院", "ORG"), ("院长", "TITLE"),
                            ("皮尔庞特", "PER"), ("美国", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["皮尔庞特"]


def test_a_place_named_by_its_number_keeps_it():
    """１０９路总站位于路北; 在２４号阶梯教室门口; “亚洲卫星—３” (MSRA train): the figure was cut off the front, leaving
    路总站 and 号阶梯教室 as places, and off the end past its dash; a bare 商场 is no place at any mention."""
    text = "１０９路总站位于路北。在２４号阶梯教室门口。“亚洲卫星—３”开始飞行。询问商场在管理经营上的经验，商场正在转型。"
    spans = spans_of(text, [("１０９路总站", "LOC"), ("２４号阶梯教室", "LOC"), ("亚洲卫星—３", "LOC"), ("商场", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["１０９路总站", "２４号阶梯教室", "亚洲卫星"]


def test_a_surname_and_a_doctors_or_professors_title_is_no_person():
    """“…这个差异就是犯罪分子赚钱的空间。”朱博士说 (CLUENER dev): a surname and 博士 or 教授 names someone as 罗部长 or
    叶医生 does, and LABELS.md gives such a mention no PER."""
    text = "这个差异就是犯罪分子赚钱的空间。”朱博士说。王教授指出。"
    spans = spans_of(text, [("朱", "PER"), ("博士", "TITLE"), ("王教授", "PER")])
    assert [e for e in clean_spans(text, spans) if e.type == "PER"] == []


def test_a_latin_name_stays_whole_and_english_prose_names_nothing():
    """苹果公司CEO Tim Cook表示 and 副院长西尔万·巴耶（Sylvain Baillet） (CCTV news) had been split at the space into two
    people; a sentence of English on a page (an abstract, a caption in English) had its common words read as people
    and then tagged at every mention."""
    text = "据新华社报道，苹果公司CEO Tim Cook表示，销量增长。副院长西尔万·巴耶（Sylvain Baillet）发言。"
    spans = spans_of(text, [("新华社", "ORG"), ("苹果公司", "ORG"), ("CEO", "TITLE"), ("Tim Cook", "PER"),
                            ("副院长", "TITLE"), ("西尔万·巴耶", "PER"), ("Sylvain Baillet", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["Tim Cook", "西尔万·巴耶", "Sylvain Baillet"]
    text = "The county government held a meeting on flood control. Officials said the river level was rising. 县水利局局长王强说。"
    spans = spans_of(text, [("government", "PER"), ("Officials", "PER"), ("said", "PER"), ("王强", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["王强"]


def test_a_preposition_before_a_leader_and_a_conjunction_after_a_long_name_are_cut_off():
    """水均益首先向普京提出…; 删除安倍昭惠及多位政治家的名字 (CCTV news): 向 before a leader world news names and 及 (and)
    after a name of five characters are no part of the person; 向晓玲 (a surname 向) and 金冲及 stay."""
    text = "水均益首先向普京提出了问题。其中包括删除安倍昭惠及多位政治家的名字。向晓玲摄。历史学家金冲及发言。"
    spans = spans_of(text, [("水均益", "PER"), ("向普京", "PER"), ("安倍昭惠及", "PER"), ("向晓玲", "PER"), ("金冲及", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["水均益", "普京", "安倍昭惠", "向晓玲", "金冲及"]


def test_a_community_with_a_shared_future_is_no_body_and_its_states_are_places():
    """构建中非命运共同体; 中国—东盟命运共同体; 构建人类命运共同体; 肯尼亚…中肯命运共同体 (CCTV news, where the tagger read
    them as bodies): a policy idea, no organization; the states that name it are places (东盟 an ORG), nothing is left of
    人类命运共同体, and the communities that are organizations stay (东非共同体)."""
    text = "构建更加紧密的中非命运共同体。建设中国—东盟命运共同体。构建人类命运共同体。肯尼亚总统表示，中肯命运共同体建设。加入东非共同体。"
    spans = spans_of(text, [("中非命运共同体", "ORG"), ("中国—东盟命运共同体", "ORG"), ("人类命运共同体", "ORG"), ("肯尼亚", "LOC"),
                            ("总统", "TITLE"), ("中肯命运共同", "ORG"), ("东非共同体", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "TITLE"] == [
        ("中非", "LOC"), ("中国", "LOC"), ("东盟", "ORG"), ("肯尼亚", "LOC"), ("中肯", "LOC"), ("东非共同体", "ORG")]
    text = "构建更加紧密的上海合作组织命运共同体。"  # any international body names one as 东盟 does
    spans = spans_of(text, [("上海合作组织命运共同体", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("上海合作组织", "ORG")]


def test_a_post_read_as_a_body_is_a_post_and_a_post_at_a_bodys_end_is_split_off():
    """国务委员、国务院安委会副主任王勇; 赞比亚农业部长鲁宾达; 空军机要研究所科技处高级工程师王建华; 麻防科科长 (CCTV news;
    the tagger read the post, or the body and its post, as one ORG): the post is a TITLE, a state before a minister a
    place, and the body before a post its own ORG; so 王勇 holds 国务委员 too. 高级工程师 split off the institute is a
    professional rank, no post (stop 65), so 王建华 is no official."""
    text = "国务委员、国务院安委会副主任王勇主持会议。赞比亚农业部长鲁宾达表示。空军机要研究所科技处高级工程师王建华发言。"
    spans = spans_of(text, [("国务委员", "ORG"), ("国务院安委会", "ORG"), ("副主任", "TITLE"), ("王勇", "PER"),
                            ("赞比亚农业部长", "ORG"), ("鲁宾达", "PER"), ("空军机要研究所科技处高级工程师", "ORG"),
                            ("王建华", "PER")])
    cleaned = clean_spans(text, spans)
    assert ("国务委员", "TITLE") in [(e.text, e.type) for e in cleaned]
    officials = {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}
    assert {("王勇", "国务委员", None), ("鲁宾达", "农业部长", "赞比亚")} <= officials
    assert ("空军机要研究所科技处", "ORG") in [(e.text, e.type) for e in cleaned]
    assert "王建华" not in {name for name, _, _ in officials}


def test_a_post_read_into_a_congress_or_a_party_is_split_off():
    """江苏省人大代表、徐矿集团总经理刘磊; 中央政治局常委、全国政协主席王沪宁; 罗马尼亚国家自由党主席安东 (CCTV news; the
    tagger read body and post as one ORG): the body is the ORG and the post a TITLE (LABELS.md: 全国人大 + 代表)."""
    text = "江苏省人大代表、徐矿集团总经理刘磊说。全国政协主席王沪宁出席。罗马尼亚国家自由党主席安东表示。"
    spans = spans_of(text, [("江苏省人大代表", "ORG"), ("徐矿集团", "ORG"), ("总经理", "TITLE"), ("刘磊", "PER"),
                            ("全国政协主席", "ORG"), ("王沪宁", "PER"), ("罗马尼亚国家自由党主席", "ORG"), ("安东", "PER")])
    cleaned = clean_spans(text, spans)
    officials = {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}
    assert {("刘磊", "代表", "江苏省人大"), ("王沪宁", "主席", "全国政协"), ("安东", "主席", "罗马尼亚国家自由党")} <= officials


def test_the_party_centres_offices_by_their_short_names_are_bodies_where_left_untagged():
    """全国政协副主席、中央改革办分管日常工作的副主任穆虹; 中央农办主任、农业农村部部长唐仁健 (CCTV news; the tagger left the
    short names untagged): they are nationally unique bodies (LABELS.md), and the bodies of the posts after them."""
    text = "全国政协副主席、中央改革办分管日常工作的副主任穆虹表示。中央农办主任、农业农村部部长唐仁健介绍。"
    spans = spans_of(text, [("全国政协", "ORG"), ("副主席", "TITLE"), ("副主任", "TITLE"), ("穆虹", "PER"),
                            ("主任", "TITLE"), ("农业农村部", "ORG"), ("部长", "TITLE"), ("唐仁健", "PER")])
    cleaned = clean_spans(text, spans)
    assert {"中央改革办", "中央农办"} <= {e.text for e in cleaned if e.type == "ORG"}
    officials = {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}
    assert {("穆虹", "副主任", "中央改革办"), ("唐仁健", "主任", "中央农办")} <= officials


def test_a_bureau_ending_in_shi_or_shu_is_a_body_its_organ_and_verbs_are_read_off():
    """国务院研究室党组书记、主任黄守宏; 中央政策研究室分管日常工作的副主任江金权 (CCTV news; the tagger read the organ or
    the verb 分管 into the body): 研究室 and 总署 end bodies as 局 does, so the organ goes to the post (LABELS.md:
    党组书记) and 分管 off the body."""
    text = "国务院研究室党组书记、主任黄守宏作报告。中央政策研究室分管日常工作的副主任江金权宣讲。"
    spans = spans_of(text, [("国务院研究室党组", "ORG"), ("书记", "TITLE"), ("主任", "TITLE"), ("黄守宏", "PER"),
                            ("中央政策研究室分管", "ORG"), ("副主任", "TITLE"), ("江金权", "PER")])
    cleaned = clean_spans(text, spans)
    officials = {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}
    assert {("黄守宏", "党组书记", "国务院研究室"), ("黄守宏", "主任", "国务院研究室"),
            ("江金权", "副主任", "中央政策研究室")} <= officials


def test_a_charge_between_two_posts_of_one_person_keeps_them_joined():
    """最高人民法院党组副书记、分管日常工作的副院长贺荣 (CCTV news): the later post's charge (分管日常工作的) does not break
    the list of his posts, so both carry the court (LABELS.md: a body before a list of posts carries over to each)."""
    text = "最高人民法院党组副书记、分管日常工作的副院长贺荣介绍了新举措。"
    entities = spans_of(text, [("最高人民法院", "ORG"), ("党组副书记", "TITLE"), ("副院长", "TITLE"), ("贺荣", "PER")])
    assert {(o.name, o.title, o.org) for o in extract_officials(text, entities)} == {
        ("贺荣", "党组副书记", "最高人民法院"), ("贺荣", "副院长", "最高人民法院")}


def test_a_caption_space_or_a_peoples_government_between_a_body_and_its_post_keeps_the_body():
    """蓟县防汛办公室 副主任 王会清 (a caption); 大同市人民政府副市长王雁峰 (CCTV news; 人民政府 left untagged); 朝鲜最高领导人
    金正恩: the body before the space, the government or the word saying which holder is the post's, as 越南|政府|总理 was."""
    text = "蓟县防汛办公室 副主任 王会清\n大同市人民政府副市长王雁峰受到处分。会见了朝鲜最高领导人金正恩。"
    entities = spans_of(text, [("蓟县防汛办公室", "ORG"), ("副主任", "TITLE"), ("王会清", "PER"), ("大同市", "LOC"),
                               ("副市长", "TITLE"), ("王雁峰", "PER"), ("朝鲜", "LOC"), ("领导人", "TITLE"),
                               ("金正恩", "PER")])
    assert {(o.name, o.title, o.org) for o in extract_officials(text, entities)} == {
        ("王会清", "副主任", "蓟县防汛办公室"), ("王雁峰", "副市长", "大同市"), ("金正恩", "领导人", "朝鲜")}


def test_a_common_organization_word_read_as_a_person_is_a_body():
    """在以习近平同志为总书记的党中央坚强领导下; 何平（解放军） (CCTV news; the tagger read the words as persons): a common
    organization word of jieba's is an ORG; a person's name jieba happens to tag nt (CLUENER's 林熙蕾) stays a person."""
    text = "在以习近平同志为总书记的党中央坚强领导下。何平（解放军）当选。林熙蕾出席。"
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("党中央", "PER"), ("何平", "PER"), ("解放军", "PER"),
                            ("林熙蕾", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.text in ("党中央", "解放军", "林熙蕾")] == [
        ("党中央", "ORG"), ("解放军", "ORG"), ("林熙蕾", "PER")]


def test_the_general_offices_short_names_are_bodies_but_not_inside_a_document_number():
    """近日，中办、国办印发了《意见》 (CCTV news; the tagger left 中办 untagged); 国办函〔2004〕57号 (gov.cn): the offices
    are nationally unique bodies where the text names them, not where the short name opens a document's number."""
    text = "近日，中办、国办印发了《关于促进小农户发展的意见》。\n国办函〔2004〕57号\n辽宁省人民政府："
    spans = spans_of(text, [("辽宁省人民政府", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.start) for e in cleaned if e.type == "ORG"] == [("中办", 3), ("国办", 6), ("辽宁省人民政府", 40)]


def test_an_international_body_read_in_part_is_made_whole():
    """出席上海合作组织成员国元首理事会; 国际原子能机构总干事格罗西 (CCTV news; the tagger read 上海合作, 上海 or 国际原子能):
    an international body the text names whole is made whole, as a national one was, and is the post's body."""
    text = "习近平出席上海合作组织成员国元首理事会。国际原子能机构总干事格罗西表示。"
    spans = spans_of(text, [("习近平", "PER"), ("上海合作", "ORG"), ("国际原子能", "ORG"), ("总干事", "TITLE"),
                            ("格罗西", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "ORG"] == ["上海合作组织", "国际原子能机构"]
    assert ("格罗西", "总干事", "国际原子能机构") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}
    text = "当天新就任的联大主席弗朗西斯在开幕式上致辞。联大再次通过决议。"  # the General Assembly: the tagger read 联|大主席
    cleaned = clean_spans(text, spans_of(text, [("联", "ORG"), ("大主席", "TITLE"), ("弗朗西斯", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("联大", "ORG"), ("主席", "TITLE"), ("弗朗西斯", "PER"), ("联大", "ORG")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("弗朗西斯", "主席", "联大")]
    text = "习近平访问新开发银行，并会见新开发银行行长罗塞芙。"  # the BRICS bank: the tagger read 开发银 (CCTV news)
    cleaned = clean_spans(text, spans_of(text, [("习近平", "PER"), ("开发银", "ORG"), ("行长", "TITLE"), ("罗塞芙", "PER")]))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["新开发银行", "新开发银行"]


def test_a_body_opening_with_a_numeral_is_given_the_numerals_before_it():
    """出席二十国集团领导人峰会 (CCTV news; jieba lists 十国集团 and the tagger read 十国集团 alone): the numerals before the
    body are its own, so 二十国集团 (the G20) is the body."""
    text = "习近平出席二十国集团领导人第十四次峰会。"
    spans = spans_of(text, [("习近平", "PER"), ("十国集团", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("习近平", "PER"), ("二十国集团", "ORG")]


def test_a_states_post_left_untagged_between_the_state_and_its_holder_is_a_post():
    """英国首相卡梅伦, 沙特国王萨勒曼, 伊朗最高领袖哈梅内伊; 洪森首相是… (CCTV news; the tagger leaves 首相 untagged four
    times in five): a state's post between the state and its holder, and a head's post right after its holder, are
    posts; a state named with 国 before the post stays a place (就任科威特国首相), and since stop 65 (任 alone before a
    body and its post is a verb of holding) the post after it is its holder's too."""
    text = "英国首相卡梅伦和沙特国王萨勒曼出席。伊朗最高领袖哈梅内伊表示。洪森首相是老朋友。艾哈迈德就任科威特国首相。"
    spans = spans_of(text, [("英国", "LOC"), ("卡梅伦", "PER"), ("沙特", "LOC"), ("萨勒曼", "PER"), ("伊朗", "LOC"),
                            ("哈梅内伊", "PER"), ("洪森", "PER"), ("艾哈迈德", "PER"), ("科威特国", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["首相", "国王", "最高领袖", "首相", "首相"]
    assert ("科威特国", "LOC") in [(e.text, e.type) for e in cleaned]
    assert {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)} >= {
        ("卡梅伦", "首相", "英国"), ("萨勒曼", "国王", "沙特"), ("哈梅内伊", "最高领袖", "伊朗"), ("洪森", "首相", None),
        ("艾哈迈德", "首相", "科威特国")}


def test_a_two_character_person_is_given_a_third_character_jieba_reads_with_its_last():
    """新疆维吾尔自治区党委书记陈全国、江苏省委书记吴政隆 (CCTV news; jieba reads 全国 as a word, so the tagger stopped at
    陈全): the character before the list mark that jieba joins to the name's last character is the name's own."""
    text = "新疆维吾尔自治区党委书记陈全国、江苏省委书记吴政隆先后发言。"
    spans = spans_of(text, [("新疆维吾尔自治区", "LOC"), ("党委书记", "TITLE"), ("陈全", "PER"), ("江苏省委", "ORG"),
                            ("书记", "TITLE"), ("吴政隆", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["陈全国", "吴政隆"]
    assert ("陈全国", "党委书记", "新疆维吾尔自治区") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_a_director_named_he_that_jieba_reads_as_any_is_tagged():
    """国家发展改革委主任何立峰、外交部部长王毅 (CCTV news; jieba reads 主任|任何, and the tagger read 立峰 as a body or
    nothing): after the body, the post and the name are tagged, and the director is an official of the body."""
    text = "座谈会上，国家发展改革委主任何立峰、外交部部长王毅先后发言。中央金融委员会办公室主任何立峰出席会议。"
    spans = spans_of(text, [("国家发展改革委", "ORG"), ("立峰", "ORG"), ("外交部", "ORG"), ("部长", "TITLE"), ("王毅", "PER"),
                            ("中央金融委员会办公室", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["何立峰", "王毅", "何立峰"]
    assert {("何立峰", "主任", "国家发展改革委"), ("何立峰", "主任", "中央金融委员会办公室")} <= {
        (o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_a_person_stopping_inside_a_name_of_jiebas_dictionary_is_given_the_rest():
    """日本首相安倍晋三今天召开发布会; 美国总统特朗普当天签署 (CCTV news; the tagger stopped at 安倍晋 and 特朗): the rest of
    the name jieba's dictionary lists is the person's; a doctrine jieba lists as a name (邓小平理论) and a set phrase
    it tags as one (党风廉政) are not."""
    text = "日本首相安倍晋三今天召开发布会。美国总统特朗普当天签署备忘录。坚持邓小平理论，落实党风廉政建设。"
    spans = spans_of(text, [("日本", "LOC"), ("首相", "TITLE"), ("安倍晋", "PER"), ("美国", "LOC"), ("总统", "TITLE"),
                            ("特朗", "PER"), ("邓小平", "PER"), ("党风廉", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER" and e.text != "党风廉"][:3] == ["安倍晋三", "特朗普", "邓小平"]
    assert "党风廉政" not in [e.text for e in cleaned]


def test_a_states_post_and_its_holder_both_left_untagged_are_tagged_where_jieba_lists_the_name():
    """会见了到访的日本首相安倍晋三，双方… (CCTV news; the tagger tagged only 日本): the state's post is tagged with its
    holder where jieba's dictionary lists the name, and the holder is the state's official; a post before no name
    stays untagged (日本首相的参拜)."""
    text = "会见了到访的日本首相安倍晋三，双方进行会谈。日本首相的参拜行径只会揭开创伤。"
    spans = spans_of(text, [("日本", "LOC"), ("日本", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("日本", "LOC"), ("首相", "TITLE"), ("安倍晋三", "PER"), ("日本", "LOC")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("安倍晋三", "首相", "日本")]


def test_a_speaker_read_on_into_zuo_before_an_exchange_speech_is_cut():
    """国务院副总理丁薛祥、张国清，国务委员吴政隆作交流发言 (CCTV news; the tagger read 吴政隆作): 作 opens what the
    speaker gives (作交流发言, 作题为…的报告), as it does before 报告 and 说明."""
    text = "国务委员吴政隆作交流发言。"
    spans = spans_of(text, [("吴政隆作", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["吴政隆"]


def test_a_state_councillor_left_untagged_before_a_person_is_a_post():
    """中央办公厅主任栗战书，国务委员杨洁篪，全国政协副主席… (CCTV news; the tagger left 国务委员 untagged about one time
    in four): a national post that names no body, right before a person or elsewhere in the person's clause, is a
    post, and the person an official with no body; one in a list of posts with no one named stays untagged."""
    text = "中央办公厅主任栗战书，国务委员杨洁篪，全国政协副主席陈元等出席。决定国务院副总理、国务委员的人选。"
    spans = spans_of(text, [("中央办公厅", "ORG"), ("主任", "TITLE"), ("栗战书", "PER"), ("杨洁篪", "PER"),
                            ("全国政协", "ORG"), ("副主席", "TITLE"), ("陈元", "PER"), ("国务院", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [e.start for e in cleaned if e.text == "国务委员" and e.type == "TITLE"] == [text.index("国务委员")]
    assert ("杨洁篪", "国务委员", None) in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_the_white_house_read_as_a_place_is_the_body():
    """美国白宫5日晚些时候称…; 白宫正在权衡后果 (CCTV news; the tagger read a place): the President's office named for its
    seat is an ORG, as MSRA tags it 32 times of 34; a palace elsewhere stays a place."""
    text = "美国白宫5日晚些时候称，暂停供应。白宫正在权衡后果。游客参观了王宫。"
    spans = spans_of(text, [("美国白宫", "LOC"), ("白宫", "LOC"), ("王宫", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("美国白宫", "ORG"), ("白宫", "ORG"), ("王宫", "LOC")]


def test_a_member_of_a_group_is_no_post_but_a_party_organs_member_is():
    """中央宣讲团成员、国家发改委主任徐绍史作了报告 (CCTV news; the tagger read 成员 as a post): a member of a group is a role,
    as the written labels leave 宣讲团”成员 untagged; 党组成员 stays a post."""
    text = "中央宣讲团成员、国家发改委主任徐绍史作了报告。自然资源部党组成员、副部长王广华出席。"
    spans = spans_of(text, [("中央宣讲团", "ORG"), ("成员", "TITLE"), ("国家发改委", "ORG"), ("主任", "TITLE"),
                            ("徐绍史", "PER"), ("自然资源部", "ORG"), ("党组成员", "TITLE"), ("副部长", "TITLE"), ("王广华", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["主任", "党组成员", "副部长"]
    assert ("徐绍史", "成员", "中央宣讲团") not in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_a_generic_company_head_refers_to_the_company_a_sub_units_name_opens_with():
    """…国网于都县供电公司罗坳供电所党支部… 公司党委书记管国强表示 (the written articles; the text names the company only
    inside its supply station's name): 公司 refers back to that company; a village's unit (…栎桥村党群服务中心) gives
    村 nothing, the village is a place of its own."""
    text = "国网于都县供电公司罗坳供电所党支部开展活动。“要让支部成为堡垒。”公司党委书记管国强表示。"
    spans = spans_of(text, [("国网于都县供电公司罗坳供电所", "ORG"), ("书记", "TITLE"), ("管国强", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [("管国强", "书记", "国网于都县供电公司")]
    text = "在诸暨市栎桥村党群服务中心里，村党委书记杨国民说。"
    spans = spans_of(text, [("诸暨市栎桥村党群服务中心", "ORG"), ("党委书记", "TITLE"), ("杨国民", "PER")])
    assert [(o.name, o.org) for o in extract_officials(text, spans)] == [("杨国民", None)]


def test_a_branch_secretary_named_without_a_body_refers_to_the_branch_or_village_before():
    """在芙蓉村，党支部书记金晓东带着党员巡查 (the written articles label 芙蓉村 as his body): a party branch's secretary
    with no body before him refers to the nearest earlier branch, village or community; a head with no such body
    before it keeps none."""
    text = "在芙蓉村，党支部书记金晓东带着党员巡查。"
    spans = spans_of(text, [("芙蓉村", "LOC"), ("党支部书记", "TITLE"), ("金晓东", "PER")])
    assert [(o.name, o.org) for o in extract_officials(text, spans)] == [("金晓东", "芙蓉村")]
    text = "项目开工了。党支部书记张明介绍情况。"
    spans = spans_of(text, [("党支部书记", "TITLE"), ("张明", "PER")])
    assert [(o.name, o.org) for o in extract_officials(text, spans)] == [("张明", None)]


def test_the_womens_title_of_honour_is_no_body():
    """纪念“三八”国际妇女节暨全国三八红旗手(集体)表彰大会; 全国三八红旗手标兵代表 (CCTV news; the tagger read the title as
    an ORG): a title of honour names no body, as MSRA leaves 三八红旗手 untagged."""
    text = "全国三八红旗手标兵代表、江苏省张家港市南丰镇永联村党委书记吴惠芳发言。"
    spans = spans_of(text, [("全国三八红旗手", "ORG"), ("江苏省张家港市南丰镇永联村", "LOC"), ("党委书记", "TITLE"),
                            ("吴惠芳", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["江苏省张家港市南丰镇永联村", "党委书记", "吴惠芳"]


def test_the_npcs_constitution_and_law_committee_read_in_pieces_is_made_whole():
    """会议听取了全国人大宪法和法律委员会主任委员李飞作的… (CCTV news; the tagger read 全国人大 and 法律委员会 apart): the
    NPC's special committee is one body, by its full name or by 宪法和法律委员会, which only the NPC has."""
    text = "会议听取了全国人大宪法和法律委员会主任委员李飞作的报告。宪法和法律委员会认为草案可行。"
    spans = spans_of(text, [("全国人大", "ORG"), ("法律委员会", "ORG"), ("主任委员", "TITLE"), ("李飞", "PER"),
                            ("法律委员会", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "ORG"] == ["全国人大宪法和法律委员会", "宪法和法律委员会"]
    assert ("李飞", "主任委员", "全国人大宪法和法律委员会") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_the_national_federations_and_the_partys_research_institute_are_bodies():
    """全国总工会出台职工福利新办法; 各民主党派、全国工商联负责人; 中央党史和文献研究院院长曲青山 (CCTV news; the tagger
    left them untagged or read them in pieces): nationally unique bodies, as the ministries are."""
    text = "全国总工会出台新办法。各民主党派、全国工商联负责人出席。中央党史和文献研究院院长曲青山作报告。"
    spans = spans_of(text, [("全国工商", "ORG"), ("中央党史", "ORG"), ("文献研究院", "ORG"), ("院长", "TITLE"),
                            ("曲青山", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["全国总工会", "全国工商联", "中央党史和文献研究院"]


def test_a_situation_word_read_as_a_bodys_ending_is_no_body():
    """支持港澳融入国家发展大局; 内蒙古加快布局新能源项目; 伊拉克政局长期不稳 (CCTV news; the tagger read ORGs ending in
    局): 大局, 布局 and 政局 are situations, not bureaus; a place before them stays, a bureau jieba reads whole stays."""
    text = "支持港澳融入国家发展大局。内蒙古加快布局新能源项目。伊拉克政局长期不稳。乌克兰国家安全局局长称。"
    spans = spans_of(text, [("国家发展大局", "ORG"), ("内蒙古加快布局", "ORG"), ("伊拉克政局", "ORG"), ("乌克兰国家安全局", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "TITLE"] == [
        ("内蒙古", "LOC"), ("伊拉克", "LOC"), ("乌克兰国家安全局", "ORG")]


def test_the_hui_of_a_meeting_a_body_took_is_cut_off():
    """主席团会议听取了…; 普京在出席俄联邦安全局会议时表示 (CCTV news; the tagger read 主席团会, 俄联邦安全局会): the 会
    opens 会议, the meeting (and a bare 主席团 then names no body: :data:`BARE_BODY_KINDS`); MSRA's 国会 before 议员 stays
    (joined to its state as LABELS.md reads a body's place)."""
    text = "主席团会议听取了汇报。普京在出席俄联邦安全局会议时表示。美国国会议员提出议案。"
    spans = spans_of(text, [("主席团会", "ORG"), ("普京", "PER"), ("俄联邦安全局会", "ORG"), ("美国", "LOC"), ("国会", "ORG")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["俄联邦安全局", "美国国会"]


def test_a_democratic_partys_chair_read_into_its_committee_is_the_post():
    """民革中央副主席、民革北京市委会主委王红代表… (CCTV news; the tagger read 民革北京市委会主委 as one ORG): 主委 is the
    committee's chair, a post of its own after the 会."""
    text = "民革中央副主席、民革北京市委会主委王红代表中国国民党革命委员会北京市委员会献花篮。"
    spans = spans_of(text, [("民革中央", "ORG"), ("副主席", "TITLE"), ("民革北京市委会主委", "ORG"), ("王红", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type in ("ORG", "TITLE")][:4] == [
        ("民革中央", "ORG"), ("副主席", "TITLE"), ("民革北京市委会", "ORG"), ("主委", "TITLE")]
    assert ("王红", "主委", "民革北京市委会") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_two_bodies_or_a_body_and_a_place_read_across_a_joiner_are_split():
    """中央广播电视总台与广东省签署战略合作协议; 黑龙江与农业农村部签署合作框架协议; 国家发展改革委和国家能源局联合出台文件 (CCTV
    news; the tagger read each pair as one span): two parties, each standing alone; a body named with 和 inside stays."""
    text = ("中央广播电视总台与广东省签署战略合作协议。黑龙江与农业农村部签署合作框架协议。国家发展改革委和国家能源局联合出台文件。"
            "工业和信息化部公布数据。法国欧洲和外交部部长出席。")
    spans = spans_of(text, [("中央广播电视总台与广东省", "LOC"), ("黑龙江与农业农村部", "ORG"), ("国家发展改革委和国家能源局", "ORG"),
                            ("工业和信息化部", "ORG"), ("法国", "LOC"), ("欧洲和外交部", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "TITLE"] == [
        ("中央广播电视总台", "ORG"), ("广东省", "LOC"), ("黑龙江", "LOC"), ("农业农村部", "ORG"), ("国家发展改革委", "ORG"),
        ("国家能源局", "ORG"), ("工业和信息化部", "ORG"), ("法国欧洲和外交部", "ORG")]


def test_posts_listed_after_de_you_are_not_held_by_the_person_before_it():
    """陪同马杜罗访华的有总统夫人、副总统、外交部部长等 (CCTV news of state visits): the entourage's posts name no one,
    and 马杜罗, before 的有, holds none of them; a list that names its holders keeps its posts."""
    text = "陪同马杜罗访华的有总统夫人、副总统、外交部部长等。陪同习近平出访的有外交部部长王毅等。"
    spans = spans_of(text, [("马杜罗", "PER"), ("副总统", "TITLE"), ("外交部", "ORG"), ("部长", "TITLE"), ("习近平", "PER"),
                            ("外交部", "ORG"), ("部长", "TITLE"), ("王毅", "PER")])
    assert [e.start for e in clean_spans(text, spans) if e.type == "TITLE"] == [text.rindex("部长")]


def test_the_last_part_of_a_full_name_the_text_tags_is_the_person():
    """欢迎葡萄牙总统马塞洛·雷贝洛·德索萨…陪同德索萨访华的有…德索萨在习近平陪同下检阅… (CCTV news of a state visit;
    the tagger read the short name as a place once and a body once); a place jieba counts often stays the place."""
    text = ("欢迎葡萄牙总统马塞洛·雷贝洛·德索萨访华。陪同德索萨访华的有外交部长等。德索萨在习近平陪同下检阅仪仗队。"
            "二十大代表古兰拜尔·茹仙发言。古兰拜尔·茹仙说。乔治·华盛顿号航母停靠。华盛顿方面称。")
    spans = spans_of(text, [("葡萄牙", "LOC"), ("总统", "TITLE"), ("马塞洛·雷贝洛·德索萨", "PER"), ("德索萨", "LOC"),
                            ("德索萨", "ORG"), ("习近平", "PER"), ("代表", "TITLE"), ("古兰拜尔", "PER"), ("茹仙", "LOC"),
                            ("古兰拜尔·茹仙", "PER"), ("乔治·华盛顿", "PER"), ("华盛顿", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type in ("PER", "LOC")] == [
        ("葡萄牙", "LOC"), ("马塞洛·雷贝洛·德索萨", "PER"), ("德索萨", "PER"), ("德索萨", "PER"), ("习近平", "PER"),
        ("古兰拜尔·茹仙", "PER"), ("古兰拜尔·茹仙", "PER"), ("乔治·华盛顿", "PER"), ("华盛顿", "LOC")]


def test_a_post_and_its_holder_read_into_a_body_are_split_off():
    """广西壮族自治区党委书记鹿心社，…; 匈牙利总理欧尔班13日在匈牙利国会发表讲话 (CCTV news; the tagger read body, post and
    name as one ORG): the body or place, the post and the holder."""
    text = "广西壮族自治区党委书记鹿心社，自治区人民政府主席陈武等欢迎。匈牙利总理欧尔班13日发表讲话。"
    spans = spans_of(text, [("广西壮族自治区党委书记鹿心社", "ORG"), ("匈牙利总理欧尔班", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("广西壮族自治区", "LOC"), ("党委书记", "TITLE"), ("鹿心社", "PER"), ("匈牙利", "LOC"), ("总理", "TITLE"), ("欧尔班", "PER")]


def test_the_cppcc_committees_are_bodies_and_in_residence_goes_to_the_post():
    """增补刘慧为教科卫体委员会驻会副主任，黄明为社会和法制委员会副主任 (CCTV news of the CPPCC's personnel decisions; the
    tagger read 教科卫体委员会驻会 as the body and 社会 (ORG)和|法制委员会 in pieces): 驻会 (in residence) is the post's."""
    text = "增补刘慧为教科卫体委员会驻会副主任，黄明为社会和法制委员会副主任。"
    spans = spans_of(text, [("刘慧", "PER"), ("教科卫体委员会驻会", "ORG"), ("副主任", "TITLE"), ("黄明", "PER"), ("社会", "ORG"),
                            ("法制委员会", "ORG"), ("副主任", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type in ("ORG", "TITLE")] == [
        ("教科卫体委员会", "ORG"), ("驻会副主任", "TITLE"), ("社会和法制委员会", "ORG"), ("副主任", "TITLE")]


def test_the_wei_of_members_a_committee_took_is_cut_off():
    """中央财经委员会委员出席会议 (CCTV news; the tagger read 中央财经委员会委 as the body): 委 opens 委员, the members."""
    text = "习近平主持召开会议。中央财经委员会委员出席会议。"
    spans = spans_of(text, [("习近平", "PER"), ("中央财经委员会委", "ORG")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["中央财经委员会"]


def test_a_last_character_that_opens_the_next_word_is_cut_off_a_place_or_body():
    """湖南警方对外宣布; 关于北约盟友; 爱琴海海域发生地震 (CCTV news; the tagger read 湖南警, 北约盟, 爱琴海海): what is left
    is the place or body; a name's own ending that jieba reads into the next word stays (沈阳市区, 斯洛伐克队员)."""
    text = "湖南警方对外宣布。关于北约盟友。爱琴海海域发生地震。沈阳市区南部降雨。斯洛伐克队员入场。"
    spans = spans_of(text, [("湖南警", "ORG"), ("北约盟", "ORG"), ("爱琴海海", "LOC"), ("沈阳市", "LOC"), ("斯洛伐克队", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("湖南", "LOC"), ("北约", "ORG"), ("爱琴海", "LOC"), ("沈阳市", "LOC"), ("斯洛伐克队", "ORG")]


def test_a_place_that_took_the_di_of_diqu_is_read_without_it_but_a_prefecture_whole():
    """俄军在顿涅茨克地区控制了…; 中东地区饱经战火 (CCTV news; the tagger read 顿涅茨克地, 中东地): the place, as MSRA
    leaves 地区 out; a prefecture of China is named with its 地区 (阿勒泰地区, the written labels)."""
    text = "俄军在顿涅茨克地区控制了一个村。中东地区饱经战火。阿勒泰地区降雪。"
    spans = spans_of(text, [("顿涅茨克地", "LOC"), ("中东地", "LOC"), ("阿勒泰地", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["顿涅茨克", "中东", "阿勒泰地区"]


def test_a_port_a_site_a_free_trade_zone_and_an_expressway_are_completed():
    """G15沈海高速温岭段…; 通报浙江余姚施岙遗址…; 河南自贸区的战略定位; 白云机场口岸日均出入境客流… (CCTV news; the
    tagger stopped inside the name's ending)."""
    text = "G15沈海高速温岭段发生事故。通报浙江余姚施岙遗址进展。这是河南自贸区的战略定位。白云机场口岸日均出入境客流增长。"
    spans = spans_of(text, [("沈海高", "LOC"), ("浙江余姚施岙遗", "LOC"), ("河南自贸", "LOC"), ("白云机场口", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["沈海高速", "浙江余姚施岙遗址", "河南自贸区", "白云机场口岸"]


def test_the_shen_of_deliberating_a_delegation_took_is_cut_off():
    """吉炳轩在参加江苏代表团审议时说 (CCTV news; the tagger read 参加江苏代表团审 as the body): the delegation alone."""
    text = "吉炳轩在参加江苏代表团审议时说，要实施乡村振兴战略。"
    spans = spans_of(text, [("吉炳轩", "PER"), ("参加江苏代表团审", "ORG")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["江苏代表团"]


def test_a_congress_committees_chair_left_untagged_after_it_is_a_post():
    """全国人大环境与资源保护委员会主任委员高虎城汇报了… (CCTV news; the tagger left 主任委员 untagged, jieba reads it as
    one word, so the head's 主任 did not match): the committee's chair."""
    text = "全国人大环境与资源保护委员会主任委员高虎城汇报了有关情况。"
    spans = spans_of(text, [("全国人大环境与资源保护委员会", "ORG"), ("高虎城", "PER")])
    cleaned = clean_spans(text, spans)
    assert ("高虎城", "主任委员", "全国人大环境与资源保护委员会") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_the_head_of_a_set_phrase_jieba_reads_whole_is_no_person():
    """受到严肃处理; 习近平总书记充分肯定海协会…; 努力提高履职工作实效 (CCTV news; the tagger read 严肃, 充分, 努力 as
    persons, and jieba reads 严肃处理, 充分肯定, 努力提高 as one word each): no names; 充分 took 总书记 from 习近平."""
    text = "他们受到严肃处理。习近平总书记充分肯定海协会的工作。委员们努力提高履职工作实效。"
    spans = spans_of(text, [("严肃", "PER"), ("习近平", "PER"), ("总书记", "TITLE"), ("充分", "PER"), ("努力", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["习近平"]
    assert {(o.name, o.title) for o in extract_officials(text, cleaned)} == {("习近平", "总书记")}


def test_a_ministers_post_in_dachen_between_the_state_and_its_holder_is_a_post():
    """日本防卫大臣森本敏还强调…; 日本财务大臣麻生太郎9日宣布… (CCTV news; the tagger left the 大臣 posts untagged):
    posts of the holder after them, as 外交大臣."""
    text = "日本防卫大臣森本敏还强调，要部署新机型。日本财务大臣麻生太郎9日宣布接受辞职。"
    spans = spans_of(text, [("日本", "LOC"), ("森本敏", "PER"), ("日本", "LOC"), ("麻生太郎", "PER")])
    cleaned = clean_spans(text, spans)
    assert {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)} == {
        ("森本敏", "防卫大臣", "日本"), ("麻生太郎", "财务大臣", "日本")}


def test_two_states_named_by_a_character_each_before_two_countries_are_a_place():
    """军乐团奏俄中两国国歌; 军乐团奏苏中两国国歌 (CCTV news of state visits; the tagger read 俄中 as a body, 苏中 as a
    person): the two states."""
    text = "军乐团奏俄中两国国歌，鸣礼炮21响。军乐团奏苏中两国国歌。"
    spans = spans_of(text, [("俄中", "ORG"), ("苏中", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("俄中", "LOC"), ("苏中", "LOC")]


def test_a_days_or_months_character_after_its_digits_is_the_dates():
    """13日香港国际机场实施航班重新编配; 今年前4月港珠澳大桥口岸外贸…; 卡桑旅8日称 (CCTV news; the tagger read the date's
    日 or 月 into the place after it, or alone as Japan): the place without it, and no place of the bare 日."""
    text = "13日香港国际机场实施航班重新编配。今年前4月港珠澳大桥口岸外贸呈强劲态势。卡桑旅8日称，他们当天开火。"
    spans = spans_of(text, [("日香港国际机场", "LOC"), ("月港珠澳大桥口岸", "LOC"), ("日", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("香港国际机场", "LOC"), ("港珠澳大桥口岸", "LOC")]


def test_an_airport_or_bridge_tagged_whole_once_is_read_whole_everywhere():
    """香港国际机场是枢纽…13日香港国际机场实施航班重新编配 (CCTV news; the tagger stopped at 香港 in the later mention,
    and at 鄱阳湖 before 特大桥): an airport, bridge or pier ends like a place's name, so the later mention grows to it."""
    text = "香港国际机场是枢纽。13日香港国际机场实施航班重新编配。鄱阳湖特大桥上的守护者。鄱阳湖特大桥长5360米。"
    spans = spans_of(text, [("香港国际机场", "LOC"), ("香港", "LOC"), ("鄱阳湖特大桥", "LOC"), ("鄱阳湖", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["香港国际机场", "香港国际机场", "鄱阳湖特大桥", "鄱阳湖特大桥"]


def test_a_two_character_person_tagged_elsewhere_is_tagged_again_before_a_post():
    """…同普京总统会谈。…我和普京总统共同宣布… (CCTV news; the tagger left the second 普京 and its 总统 untagged, and
    jieba reads 和普京 as one word): the person tagged elsewhere, named again before a leader's post, is the person."""
    text = "习近平同普京总统会谈。我和普京总统共同宣布发展新时代关系。"
    spans = spans_of(text, [("习近平", "PER"), ("普京", "PER"), ("总统", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("习近平", "PER"), ("普京", "PER"), ("总统", "TITLE"), ("普京", "PER"), ("总统", "TITLE")]


def test_an_untagged_state_right_before_its_post_is_a_place_and_the_posts_body():
    """流亡沙特的也门总统哈迪4日对萨利赫之死表示哀悼 (CCTV news; the tagger left 也门 untagged before 总统): the state, and
    the president's official gets it; not where the clause goes on to a body it opens (也门总统领导委员会)."""
    text = "流亡沙特的也门总统哈迪4日表示哀悼。也门总统领导委员会今天表示。"
    spans = spans_of(text, [("沙特", "LOC"), ("总统", "TITLE"), ("哈迪", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type == "LOC"] == [("沙特", "LOC"), ("也门", "LOC")]
    assert {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)} == {("哈迪", "总统", "也门")}


def test_a_states_one_character_abbreviation_before_its_post_is_a_place():
    """乌总统泽连斯基称…; 匈外长批评; 警方说，以总理内塔尼亚胡… (CCTV news; the tagger read 乌 as a person and left 匈 and
    以 untagged): the state, as MSRA and People's Daily tag 叙总统; not 以 the preposition (首次以副总统身份), 中 the
    postposition (谈话中总理问起), nor 英 of 英国 before 国王 (英国王室)."""
    text = "乌总统泽连斯基称，匈外长批评。警方说，以总理内塔尼亚胡出席。他首次以副总统身份访华。谈话中总理问起。英国王室送礼。"
    spans = spans_of(text, [("乌", "PER"), ("总统", "TITLE"), ("泽连斯基", "PER"), ("总理", "TITLE"), ("内塔尼亚胡", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "LOC"] == ["乌", "匈", "以", "英国"]  # 英国|王室, not 英|国王
    assert ("泽连斯基", "总统", "乌") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_a_person_the_tagger_never_tagged_is_read_from_three_mentions():
    """曾是空军某雷达旅旅长的林上斗，…林上斗很痛心。…林上斗开始施展拳脚 (CCTV news; the tagger tagged none of the
    mentions): a three-character name of a frequent surname named three times, two of them opening a clause or after
    a post, is the person; a surname with a role (吴师傅) or a quoted slogan (“三严三实”) is not."""
    text = ("曾任雷达旅旅长的林上斗，从部队卸任后回乡。看到家乡落后，林上斗很痛心。于是，林上斗开始施展拳脚。"
            "吴师傅说。吴师傅笑了。吴师傅走了。践行“三严三实”。推进“三严三实”。开展“三严三实”。")
    cleaned = clean_spans(text, spans_of(text, [("旅长", "TITLE")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["林上斗", "林上斗", "林上斗"]


def test_a_residents_name_left_untagged_after_the_resident_word_is_a_person():
    """镜岭镇茶农石国平家有18亩茶园 (the written labels tag 石国平; the tagger left it untagged); 村民朱西存、王宝维家 (CCTV
    news): the name after the resident word is the person; a resident named by surname and honorific or kin word
    (村民王大娘说, 村民何伯说) and an adverb after 群众 (群众陆续返家) are not."""
    text = "镜岭镇茶农石国平家有18亩茶园。习近平走进村民朱西存、王宝维家。村民王大娘说。村民何伯说。转移群众陆续返家。"
    cleaned = clean_spans(text, spans_of(text, [("镜岭镇", "LOC"), ("习近平", "PER")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["石国平", "习近平", "朱西存"]


def test_a_person_tagged_elsewhere_is_split_out_of_a_body_read_on_into_a_verb_or_conjunction():
    """…内塔尼亚胡未能组阁成功; 不久前，张连钢和团队自主研发… (CCTV news; the tagger read the person on into the verb or
    the conjunction as one ORG): the person the text tags elsewhere, the rest no body; a body named after a person
    (宋庆龄基金会) or a verb before what ends like a body (特朗普竞选团队) stays."""
    text = "内塔尼亚胡表示反对。内塔尼亚胡未能组阁成功。张连钢说。张连钢和团队自主研发系统。宋庆龄基金会成立。特朗普说，特朗普竞选团队否认。"
    spans = spans_of(text, [("内塔尼亚胡", "PER"), ("内塔尼亚胡未能组阁", "ORG"), ("张连钢", "PER"), ("张连钢和团队", "ORG"),
                            ("宋庆龄基金会", "ORG"), ("特朗普", "PER"), ("特朗普竞选团队", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("内塔尼亚胡", "PER"), ("内塔尼亚胡", "PER"), ("张连钢", "PER"), ("张连钢", "PER"), ("宋庆龄基金会", "ORG"),
        ("特朗普", "PER"), ("特朗普竞选团队", "ORG")]


def test_a_former_posts_yuan_left_on_a_body_after_its_post_is_split_out_is_cut():
    """青海省玛多县黄河乡原党委委员、人武部部长侯长军… (CCTV news; the tagger read 黄河乡原党委委员 as one ORG): the 原
    (former) is no part of the township once the post is split out, and the official's body is the township."""
    text = "青海省玛多县黄河乡原党委委员、人武部部长侯长军侵占资金问题；"
    spans = spans_of(text, [("青海省玛多县", "LOC"), ("黄河乡原党委委员", "ORG"), ("人武部", "ORG"), ("部长", "TITLE"),
                            ("侯长军", "PER")])
    cleaned = clean_spans(text, spans)
    assert ("侯长军", "党委委员", "青海省玛多县黄河乡") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_a_joiner_read_into_the_start_of_a_name_after_a_noun_or_span_is_cut_off():
    """…领导人非正式会议和二十国集团领导人峰会; 习近平总书记和阮富仲总书记以多种方式… (CCTV news; the tagger read 和 into
    the body and the person): the name without it; a surname 和 after a post stays (局长和志明说), and so does a
    place after a preposition (在和兴街道)."""
    text = "出席非正式会议和二十国集团领导人峰会。习近平总书记和阮富仲总书记通话。局长和志明说。在和兴街道帮助下。"
    spans = spans_of(text, [("和二十国集团", "ORG"), ("习近平", "PER"), ("总书记", "TITLE"), ("和阮富仲", "PER"),
                            ("总书记", "TITLE"), ("局长", "TITLE"), ("和志明", "PER"), ("和兴街道", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type != "TITLE"] == ["二十国集团", "习近平", "阮富仲", "和志明", "和兴街道"]


def test_a_place_or_body_ending_inside_a_word_is_completed_or_cut_before_it():
    """…按照国际民航组织条款; 伊朗外交部发言人阿芙哈姆说; 师寨镇副镇长程素侠…; 对贵州省经济社会发展… (CCTV news; the
    tagger stopped inside a word that runs on past the span, or read the post on with the town): 组织 completes the body, a word after what already ends
    like a body or unit is cut off (a chain of places left a LOC), and the post right after takes its piece back; a
    congress's short name opening a post stays with its place (江苏省人大代表)."""
    text = "按照国际民航组织条款。伊朗外交部发言人阿芙哈姆说。师寨镇副镇长程素侠赶来。对贵州省经济社会发展。江苏省人大代表李明说。"
    spans = spans_of(text, [("国际民航组", "ORG"), ("伊朗外交部发言", "ORG"), ("阿芙哈姆", "PER"), ("师寨镇", "LOC"),
                            ("副镇长", "LOC"), ("程素侠", "PER"), ("贵州省经济", "ORG"), ("江苏省人大", "ORG"),
                            ("代表", "TITLE"), ("李明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type != "PER"] == [
        ("国际民航组织", "ORG"), ("伊朗外交部", "ORG"), ("师寨镇", "LOC"), ("副镇长", "TITLE"), ("贵州省", "LOC"),
        ("江苏省人大", "ORG"), ("代表", "TITLE")]
    assert ("程素侠", "副镇长", "师寨镇") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_the_wei_of_weiyuan_is_cut_off_a_politburo():
    """中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪… (CCTV news; the tagger read 中共中央政治局委 as the body):
    委 opens 委员, the members."""
    text = "中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪出席。"
    spans = spans_of(text, [("中共中央政治局委", "ORG"), ("中央外事工作委员会办公室", "ORG"), ("主任", "TITLE"),
                            ("杨洁篪", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"][0] == "中共中央政治局"


def test_a_body_of_common_words_cut_inside_a_word_is_dropped_or_cut_to_its_unique_body():
    """总部位于巴黎的经济发展与合作组织; 美方终止与世卫组织关系; 同古共中央第一书记迪亚斯-卡内尔会谈 (CCTV news; the tagger
    stopped inside 发展, 关系, 中央): common words only name nothing, a unique body is kept alone, and a word that ends
    the span like a body completes it; a span of common words before a post stays (民兵应急连|连长)."""
    text = "总部位于巴黎的经济发展与合作组织发布数据。美方终止与世卫组织关系的做法。同古共中央第一书记会谈。孙杏村镇民兵应急连连长高志说。"
    spans = spans_of(text, [("巴黎", "LOC"), ("经济发", "ORG"), ("世卫组织关", "ORG"), ("古共中", "ORG"),
                            ("第一书记", "TITLE"), ("孙杏村镇民兵应急连", "ORG"), ("连长", "TITLE"), ("高志", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["世卫组织", "古共中央", "孙杏村镇民兵应急连"]


def test_a_place_read_alone_as_an_organization_takes_its_untagged_government():
    """…大同市人民政府副市长王雁峰受到行政警告处分 (CCTV news; the tagger read 大同市 alone as an ORG and left 人民政府
    untagged): the government is the body, as after a place tagged LOC."""
    text = "大同市煤炭工业局局长段建华受到处分；大同市人民政府副市长王雁峰受到行政警告处分。"
    spans = spans_of(text, [("大同市煤炭工业局", "ORG"), ("局长", "TITLE"), ("段建华", "PER"), ("大同市", "ORG"),
                            ("副市长", "TITLE"), ("王雁峰", "PER")])
    cleaned = clean_spans(text, spans)
    assert ("王雁峰", "副市长", "大同市人民政府") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_a_dictionary_place_read_as_a_person_before_a_talk_held_there_is_a_place():
    """国家发改委副主任穆虹在贵阳作宣讲报告 (CCTV news; the tagger read 贵阳 as a person): a place of jieba's between 在
    and the verb of a talk or meeting is the place; a person before 家中 stays (在巴金家中介绍)."""
    text = "国家发改委副主任穆虹在贵阳作宣讲报告。负责人在巴金家中介绍情况。"
    spans = spans_of(text, [("国家发改委", "ORG"), ("副主任", "TITLE"), ("穆虹", "PER"), ("贵阳", "PER"), ("巴金", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.text in ("贵阳", "巴金")] == [("贵阳", "LOC"), ("巴金", "PER")]


def test_a_pilot_free_trade_zone_named_with_its_province_is_one_place():
    """…授权国务院在中国(广东)自由贸易试验区、中国(福建)自由贸易试验区… (CCTV news; the tagger read 中国 and pieces
    of the zone): one LOC per zone; nothing inside a 《》 title."""
    text = "授权国务院在中国(广东)自由贸易试验区、中国(福建)自由贸易试验区暂时调整。印发《关于在中国(上海)自由贸易试验区内调整的决定》。"
    spans = spans_of(text, [("中国", "ORG"), ("广东)自由贸易试验区", "ORG"), ("中国(福建)自由", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("中国(广东)自由贸易试验区", "LOC"), ("中国(福建)自由贸易试验区", "LOC")]


def test_a_two_character_person_after_the_post_it_holds_gets_the_character_before_the_predicate():
    """…副主任委员王鸿举作的关于…的报告; 民政部副部长詹成付日前在西藏拉萨作宣讲报告 (CCTV news; the tagger read 王鸿,
    詹成): the character left before a verb or time word is the name's; not an adverb (司法部部长张军则透露)."""
    text = "全国人大环境与资源保护委员会副主任委员王鸿举作的关于野生动物保护法的报告。民政部副部长詹成付日前在拉萨作报告。司法部部长张军则透露。"
    spans = spans_of(text, [("全国人大环境与资源保护委员会", "ORG"), ("副主任委员", "TITLE"), ("王鸿", "PER"),
                            ("民政部", "ORG"), ("副部长", "TITLE"), ("詹成", "PER"), ("司法部", "ORG"), ("部长", "TITLE"),
                            ("张军", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["王鸿举", "詹成付", "张军"]


def test_a_body_name_holding_a_place_in_brackets_split_inside_them_is_one_organization():
    """中科光电(长春)股份有限公司总经理 李成宇; 魏鹏飞是中国石油大学（北京）克拉玛依校区的… (CCTV news; the tagger split
    the name inside its brackets): one ORG, and the official's body is the whole name."""
    text = "中科光电(长春)股份有限公司总经理 李成宇：植物需要光。魏鹏飞是中国石油大学（北京）克拉玛依校区的学生。"
    spans = spans_of(text, [("中科光电", "ORG"), ("长春)股份有限公司", "ORG"), ("总经理", "TITLE"), ("李成宇", "PER"),
                            ("魏鹏飞", "PER"), ("中国石油大学（", "ORG"), ("北京", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "ORG"] == ["中科光电(长春)股份有限公司", "中国石油大学（北京）"]
    assert ("李成宇", "总经理", "中科光电(长春)股份有限公司") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_bare_body_types_meetings_and_events_are_generic():
    """周强表示，人民法院将紧紧围绕…; 各有关省（市）人民政府应高度重视; 确保完成冬奥会筹办任务 (CCTV news; the tagger
    read the bare kinds as bodies): no body of a distinguishing name (LABELS.md), so no span; a named court stays."""
    text = "周强表示，人民法院将紧紧围绕目标。各有关省（市）人民政府应高度重视。确保完成冬奥会筹办任务。北京市高级人民法院发布。"
    spans = spans_of(text, [("周强", "PER"), ("人民法院", "ORG"), ("人民政府", "ORG"), ("冬奥会", "ORG"),
                            ("北京市高级人民法院", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["周强", "北京市高级人民法院"]


def test_a_quoted_plan_read_on_into_kai_hao_ju_is_dropped():
    """…确保“十五五”开好局、起好步 (CCTV news; the tagger read 十五五”开好局 as an ORG): a slogan and the predicate after it,
    not a body; a quoted team stays (“三服务”团队)."""
    text = "确保“十五五”开好局、起好步。当地“三服务”团队立即协调。"
    spans = spans_of(text, [("十五五”开好局", "ORG"), ("“三服务”团队", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["“三服务”团队"]


def test_a_city_read_as_an_organization_after_zai_or_lai_is_a_place():
    """全球妇女峰会在纽约举行; 习近平主席即将来纽约出席… (CCTV news; the tagger read 纽约 as an ORG): the city; a club
    in a clause of sport stays (罗马在主场以2比1获胜 … 在罗马队)."""
    text = "全球妇女峰会在纽约举行。习近平主席即将来纽约出席会议。本场比赛在罗马进行，罗马队获胜。"
    spans = spans_of(text, [("纽约", "ORG"), ("纽约", "ORG"), ("罗马", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("纽约", "LOC"), ("纽约", "LOC"), ("罗马", "ORG")]


def test_a_units_head_left_untagged_after_its_place_is_the_post():
    """俄罗斯莫斯科市长索比亚宁称…; 不过纽约州长表示… (CCTV news; the tagger read the place with its unit and left 长 out):
    the unit and 长 are the head's post, the place the rest; 长期 and 长护险 (long-term care insurance) after a place
    stay."""
    text = "俄罗斯莫斯科市长索比亚宁称，从今天起解除限制。不过纽约州长表示，还没有获得拨款。湖北罗田县长期面临困境。桐乡市长护险定点机构增加。"
    spans = spans_of(text, [("俄罗斯莫斯科市", "LOC"), ("索比亚宁", "PER"), ("纽约州", "LOC"), ("湖北罗田县", "LOC"),
                            ("桐乡市", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("俄罗斯莫斯科", "LOC"), ("市长", "TITLE"), ("索比亚宁", "PER"),
                                                   ("纽约", "LOC"), ("湖北罗田县", "LOC"), ("桐乡市", "LOC")]
    assert ("索比亚宁", "市长", "俄罗斯莫斯科") in {(o.name, o.title, o.org) for o in extract_officials(text, cleaned)}


def test_a_body_run_on_into_a_preposition_is_cut_there():
    """宪法法律委根据常委会会议的审议意见，提出了相关草案修改稿 (CCTV news; the tagger read the committee on into 根据 and the
    meeting): the committee alone; 根据地 after a place is a noun, not the preposition, and stays."""
    text = "宪法法律委根据常委会会议的审议意见，提出了修改稿。陕甘宁边区根据地建设。"
    spans = spans_of(text, [("宪法法律委根据常委会会议", "ORG"), ("陕甘宁边区根据地", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["宪法法律委", "陕甘宁边区根据地"]


def test_a_span_opening_inside_a_name_the_text_tags_gets_its_start():
    """加强马克思主义学院建设…把马克思主义学院建设列为…; 其武装人员在杰巴利耶难民营区域…已展开对杰巴利耶地区的地面行动 (CCTV news;
    the tagger read 马克 as a person and started the bodies after it, and left 杰 out): the name the text tags whole;
    a word before a name stays out (美丽|中国 beside 美丽中国)."""
    text = "加强马克思主义学院建设。把马克思主义学院建设列为重点。武装人员在杰巴利耶难民营区域交火。对杰巴利耶地区展开行动。建设美丽中国。美丽中国目标。"
    spans = spans_of(text, [("马克思主义学院", "ORG"), ("马克", "PER"), ("思主义学院", "ORG"), ("巴利耶难民营", "LOC"),
                            ("杰巴利耶", "LOC"), ("中国", "LOC"), ("美丽中国", "LOC")])
    cleaned = [e.text for e in clean_spans(text, spans)]
    assert cleaned[:4] == ["马克思主义学院", "马克思主义学院", "杰巴利耶难民营", "杰巴利耶"]
    assert "中国" in cleaned


def test_a_country_read_as_a_body_is_a_place_outside_sport():
    """…并对韩国进行国事访问; 立陶宛禁止经其境内… (CCTV news; the tagger read the countries as ORGs): places; a country's
    team in a text of sport stays an ORG (挪威本轮主场面对荷兰: CLUENER), and so does a country jieba reads into a word
    with what follows (中国共产党)."""
    text = "并对韩国进行国事访问。立陶宛禁止过境运输。"
    spans = spans_of(text, [("韩国", "ORG"), ("立陶宛", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("韩国", "LOC"), ("立陶宛", "LOC")]
    sport = "挪威本轮主场面对荷兰。"
    assert [e.type for e in clean_spans(sport, spans_of(sport, [("挪威", "ORG"), ("荷兰", "ORG")]))] == ["ORG", "ORG"]
    party = "我志愿加入中国共产党。"
    assert [e.type for e in clean_spans(party, spans_of(party, [("中国", "ORG")]))] == ["ORG"]


def test_a_place_stopping_inside_a_place_word_whose_rest_is_no_word_is_completed():
    """吉雄村坐落在喜马拉雅山脉北麓 (a written article; the tagger stopped at 喜马拉, which jieba also lists as a place):
    the range's whole name, as jieba reads it; a generic rest stays out (华北|大平原: MSRA), and the idiom 天南地北 is no
    place."""
    text = "吉雄村坐落在喜马拉雅山脉北麓。南望华北大平原。天南地北的人们欢度佳节。"
    spans = spans_of(text, [("吉雄村", "LOC"), ("喜马拉", "LOC"), ("华北", "LOC"), ("天南", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["吉雄村", "喜马拉雅山脉", "华北"]


def test_two_bodies_joined_by_he_after_a_whole_company_name_are_split():
    """…五芳斋公司和雅莹服装公司等企业; 由中国宪法学研究会和检察出版社组织编译 (CCTV news; the tagger read each pair as one
    ORG): two bodies, the first a whole name by its ending; a ministry named with 和 stays whole (工业和信息化部)."""
    text = "走访五芳斋公司和雅莹服装公司等企业。由中国宪法学研究会和检察出版社组织编译。工业和信息化部发布。"
    spans = spans_of(text, [("五芳斋公司和雅莹服装公司", "ORG"), ("中国宪法学研究会和检察出版社", "ORG"), ("工业和信息化部", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["五芳斋公司", "雅莹服装公司", "中国宪法学研究会", "检察出版社", "工业和信息化部"]


def test_a_tie_between_a_person_and_a_place_goes_to_the_person_where_a_post_names_him():
    """…会见埃及总统塞西。…塞西表示 (CCTV news; the tagger read the second mention of the transliterated name as a
    place): a tie of one person and one place goes to the person where a post stands right before a person's mention;
    a tie with no post stays as it is (拉法: the city, once read as a person)."""
    text = "李克强会见埃及总统塞西。塞西表示，埃中交往历史悠久。以军进攻拉法。拉法是南部城市。"
    spans = spans_of(text, [("李克强", "PER"), ("埃及", "LOC"), ("总统", "TITLE"), ("塞西", "PER"), ("塞西", "LOC"),
                            ("拉法", "PER"), ("拉法", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.text in ("塞西", "拉法")] == [
        ("塞西", "PER"), ("塞西", "PER"), ("拉法", "PER"), ("拉法", "LOC")]


def test_a_person_ending_in_sheng_is_a_province():
    """萨拉赫丁省官员说; 王湛 江苏省原副省长 (CCTV news; the tagger read the provinces as people): places; a
    two-character name ending in 省 stays a person (刘省)."""
    text = "萨拉赫丁省官员说。江苏省原副省长。刘省说。"
    spans = spans_of(text, [("萨拉赫丁省", "PER"), ("江苏省", "PER"), ("刘省", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("萨拉赫丁省", "LOC"), ("江苏省", "LOC"), ("刘省", "PER")]


def test_a_post_naming_its_holders_as_a_kind_is_no_post():
    """出席二十国集团领导人峰会; 介绍了中塞总理会谈成果; 党和国家领导人习近平、李克强出席 (CCTV news): no post and no
    officials; a post right after its holder before a meeting stays (同桑切斯首相会谈)."""
    text = "出席二十国集团领导人峰会。介绍了中塞总理会谈成果。党和国家领导人习近平、李克强出席。同桑切斯首相会谈。"
    spans = spans_of(text, [("二十国集团", "ORG"), ("领导人", "TITLE"), ("中塞", "LOC"), ("总理", "TITLE"),
                            ("领导人", "TITLE"), ("习近平", "PER"), ("李克强", "PER"), ("桑切斯", "PER"), ("首相", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["首相"]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("桑切斯", "首相")]


def test_a_post_read_into_a_joiner_jieba_joins_to_the_next_name_is_cut():
    """习近平主席和普京总统决定…; 习近平主席同安瓦尔总理就… (CCTV news; the tagger read 主席和, and jieba reads 和普京
    as one word): the post ends before the joiner."""
    text = "习近平主席和普京总统决定。习近平主席同安瓦尔总理就共建达成共识。"
    spans = spans_of(text, [("习近平", "PER"), ("主席和", "TITLE"), ("普京", "PER"), ("总统", "TITLE"),
                            ("习近平", "PER"), ("主席同", "TITLE"), ("安瓦尔", "PER"), ("总理", "TITLE")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "TITLE"] == ["主席", "总统", "主席", "总理"]


def test_a_two_character_person_after_his_post_before_a_date_gets_his_third_character():
    """全国人大常委会委员长栗战书9日在北京…⏎栗战书说 (CCTV news; the tagger read 栗战 at each mention): the third
    character before the day of the month completes the name, and its other mentions with it; a count after 等 does
    not (主任武岱等25名)."""
    text = "全国人大常委会委员长栗战书9日在北京会见外宾。栗战书说，双方要加强合作。主任武岱等25名代表参加。"
    spans = spans_of(text, [("全国人大常委会", "ORG"), ("委员长", "TITLE"), ("栗战", "PER"), ("栗战", "PER"),
                            ("主任", "TITLE"), ("武岱", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["栗战书", "栗战书", "武岱"]


def test_a_region_after_a_presidents_post_stays_a_place():
    """俄罗斯总统中东问题特使、副外长波格丹诺夫表示 (CCTV news): 中东 after 总统 is the region of the envoy's brief, no
    holder of the president's post; a leader's name jieba counts as a place stays the holder (俄罗斯总统普京)."""
    text = "俄罗斯总统中东问题特使、副外长波格丹诺夫表示。俄罗斯总统普京表示。"
    spans = spans_of(text, [("俄罗斯", "LOC"), ("总统", "TITLE"), ("中东", "LOC"), ("副外长", "TITLE"), ("波格丹诺夫", "PER"),
                            ("俄罗斯", "LOC"), ("总统", "TITLE"), ("普京", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.text in ("中东", "普京")] == [("中东", "LOC"), ("普京", "PER")]


def test_a_transliterated_person_that_is_a_place_named_with_its_unit_is_a_place():
    """…对提克里特形成包围之势…尚未能进入提克里特市中心 (CCTV news; the tagger read the bare city as a person at most
    mentions): the place, as a two- or three-character short name already was (瓜沥 beside 瓜沥镇)."""
    text = "军队兵分多路，对提克里特形成包围之势。尚未能进入提克里特市中心。提克里特是萨达姆的家乡。"
    spans = spans_of(text, [("提克里特", "PER"), ("提克里特市", "LOC"), ("提克里特", "PER"), ("萨达姆", "PER")])
    # (the 市 of 市中心, downtown, goes back to its word: 提克里特|市中心)
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("提克里特", "LOC"), ("提克里特", "LOC"), ("提克里特", "LOC"), ("萨达姆", "PER")]


def test_helpers_followers_kin_and_verbs_read_as_posts_are_no_posts():
    """阿什拉夫的助手乔杜里; 穆尔西支持者; 直接责任人黎兵; 默克尔丈夫绍尔; 普京还提议梅德韦杰夫出任 (CCTV news; the tagger
    read each as a post before a name): roles, kin and verbs, no posts and no officials."""
    text = "阿什拉夫的助手乔杜里表示。穆尔西支持者上街。直接责任人黎兵被移交。默克尔丈夫绍尔陪同。普京还提议梅德韦杰夫出任。美军军官纳扎里奥被拦。"
    spans = spans_of(text, [("阿什拉夫", "PER"), ("助手", "TITLE"), ("乔杜里", "PER"), ("穆尔西", "PER"), ("支持者", "TITLE"),
                            ("责任人", "TITLE"), ("黎兵", "PER"), ("默克尔", "PER"), ("丈夫", "TITLE"), ("绍尔", "PER"),
                            ("普京", "PER"), ("提议", "TITLE"), ("梅德韦杰夫", "PER"), ("美军", "ORG"), ("军官", "TITLE"),
                            ("纳扎里奥", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == []
    assert extract_officials(text, cleaned) == []


def test_a_free_trade_zone_or_port_named_by_its_province_is_one_place():
    """围绕海南自由贸易港建设; 将提升浙江自贸区油气全产业链; 上海自贸试验区全面对接 (CCTV news; the tagger read the
    province alone, or stopped inside the zone word): one LOC each; a zone of an agreement is no place (亚太自贸区),
    nor is the 港 of a free trade port named by no province (中国特色自由贸易|港)."""
    text = "围绕海南自由贸易港建设。将提升浙江自贸区油气产业。上海自贸试验区全面对接。推动亚太自贸区发展。建设中国特色自由贸易港。"
    spans = spans_of(text, [("海南", "LOC"), ("上海自贸", "LOC"), ("港", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.text != "中国"] == ["海南自由贸易港", "浙江自贸区", "上海自贸试验区"]


def test_the_day_of_the_month_after_a_states_body_is_cut_off_it():
    """据南非警方17号提供的数据; 联合国安理会4号就也门问题 (CCTV news dates a statement right after the body that made
    it, and the tagger reads the day into the ORG, or its figure alone): cut, for a body of a state whatever its
    ending and where the 号 stands after the span; a ship keeps its number (南丫4号) and an address its street's."""
    text = "据南非警方17号提供的数据。联合国安理会4号就也门问题发表声明。登上南丫4号。住在孱陵大道86号。"
    spans = spans_of(text, [("南非警方17号", "ORG"), ("联合国安理会4", "ORG"), ("南丫4号", "ORG"), ("孱陵大道86号", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.text != "也门"] == ["南非警方", "联合国安理会", "南丫4号", "孱陵大道86号"]


def test_an_adverb_read_into_the_end_of_a_body_is_cut_off():
    """2019年全年，国家发展改革委共审批核准固定资产投资项目 (CCTV news; the tagger read the adverb into the body): cut
    before the verb; a party's 共 before a post stays (捷克捷摩共主席)."""
    text = "2019年全年，国家发展改革委共审批核准项目。捷克捷摩共主席菲利普表示。"
    spans = spans_of(text, [("国家发展改革委共", "ORG"), ("捷克捷摩共", "ORG")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["国家发展改革委", "捷克捷摩共"]


def test_a_states_side_read_as_one_span_is_its_abbreviation():
    """中方愿同蒙方深化合作; 冈比亚总统巴罗表示，冈方感谢中方 (CCTV news; the tagger read 蒙方 as a body and 冈方 as a
    person): the abbreviation, a LOC, as MSRA and People's Daily tag 中|方; a direction's side is no state (北方), nor a
    person whose surname no state of the text opens with (曲方)."""
    text = "中方愿同蒙方深化合作。冈比亚总统巴罗表示，冈方感谢中方。北方地区降温。曲方说。"
    spans = spans_of(text, [("中方", "ORG"), ("蒙方", "ORG"), ("冈比亚", "LOC"), ("总统", "TITLE"), ("巴罗", "PER"),
                            ("冈方", "PER"), ("北方", "LOC"), ("曲方", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "TITLE"] == [
        ("中", "LOC"), ("蒙", "LOC"), ("冈比亚", "LOC"), ("巴罗", "PER"), ("冈", "LOC"), ("中", "LOC"), ("北方", "LOC"),
        ("曲方", "PER")]


def test_a_states_side_left_untagged_is_tagged_as_its_abbreviation():
    """武契奇表示，塞方愿同中方…; 中方愿同芬方就…加强合作 (CCTV news; the tagger left some sides untagged): the
    abbreviation, a LOC, as MSRA tags 挪|方, where it abbreviates a state or the text names a state that opens with
    it (芬兰); not a character before a word that opens with 方 (以方便)."""
    text = "塞尔维亚总统武契奇表示，塞方愿同中方深化合作。芬兰总理表示，中方愿同芬方就气候变化加强合作，以方便两国人员往来。"
    spans = spans_of(text, [("塞尔维亚", "LOC"), ("总统", "TITLE"), ("武契奇", "PER"), ("中", "LOC"), ("芬兰", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "LOC"] == ["塞尔维亚", "塞", "中", "芬兰", "中", "芬"]


def test_a_states_one_character_short_name_stays_where_the_text_names_the_state():
    """罗马尼亚…罗政府决定; 伊拉克…解除对伊制裁; 叙利亚…叙政府 (MSRA train, CCTV news: the gold tags them): a state's
    abbreviation outside the usual list is a place where the text names the state it opens and the tagger read it as
    one; 罗 is no place in a text that names no such state (a surname)."""
    text = "罗马尼亚议会通过法案。１月３０日，罗政府决定建立基金。伊拉克外长要求撤消对伊制裁。"
    spans = spans_of(text, [("罗马尼亚", "LOC"), ("罗", "LOC"), ("伊拉克", "LOC"), ("伊", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "LOC"] == ["罗马尼亚", "罗", "伊拉克", "伊"]
    text = "１月３０日，罗政府决定建立基金。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("罗", "LOC")]))] == []


def test_earth_moved_is_no_states_side():
    """动土方８０万方, 折合土方约３００立方米 (MSRA train: jieba's 土方 is earth moved, and the rule had tagged 土 as
    Turkey): an untagged side is tagged only where the text names a state or the tagger read a state's abbreviation,
    and 土方 not before a figure; 中方愿同土方一道 and 中越…口岸项目中方段 keep theirs."""
    text = "全长３１公里的两干线，动土方８０万方。折合土方约３００立方米。"
    assert [e.text for e in clean_spans(text, [])] == []
    text = "中方愿同土方一道深化互信。中越智慧口岸项目中方段建设工作已进入冲刺阶段。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("中", "LOC")])) if e.type == "LOC"] == ["中", "土", "中"]


def test_a_place_does_not_take_a_joiner_jieba_reads_into_the_next_place():
    """远销欧美和澳洲等国际市场; 中国将同亚非法协在香港设立 (MSRA train, CCTV news): jieba reads 和澳洲 and 同亚非法协
    as one word, which gave the joiner to the span after it and merged 欧美和澳洲 into one place."""
    text = "现在产品已远销欧美和澳洲等国际市场。李克强宣布，中国将同亚非法协在香港设立区域仲裁中心。"
    spans = spans_of(text, [("欧", "LOC"), ("美", "LOC"), ("澳洲", "LOC"), ("李克强", "PER"), ("中国", "LOC"),
                            ("亚非法协", "ORG"), ("香港", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type in ("LOC", "ORG")] == [
        "欧美", "澳洲", "中国", "亚非法协", "香港"]


def test_a_market_named_by_its_places_leaves_the_places():
    """沪深股市每年有那么多新股上市 (MSRA train): jieba reads 沪深股市 as one word, and the places were grown into it as
    one LOC; the market is no place, the places stay as MSRA tags them."""
    text = "沪深股市每年有那么多新股上市。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("沪", "LOC"), ("深", "LOC")]))] == ["沪深"]


def test_a_country_left_untagged_before_a_noun_is_tagged_outside_names():
    """安理会就也门人道主义局势召开会议; 造福刚果人民 (CCTV news; the tagger left the countries untagged): places, as
    People's Daily and MSRA tag nearly every country; not inside an event's or programme's name (第三届中国国际消费品博览会,
    健康中国战略)."""
    text = "安理会就也门人道主义局势召开会议。造福刚果人民。第三届中国国际消费品博览会开幕。实施健康中国战略。"
    assert [e.text for e in clean_spans(text, []) if e.type == "LOC"] == ["也门", "刚果"]


def test_a_province_left_untagged_before_a_noun_is_tagged_but_not_before_time_or_a_ship():
    """高温造成江西多地干旱; 河北3300多万亩冬小麦 (CCTV news; the tagger left the provinces untagged): places, as People's
    Daily and MSRA tag nearly every province; not 北京时间, the carrier 山东舰 or the satellite 吉林一号."""
    text = "高温造成江西多地干旱。河北3300多万亩冬小麦返青。北京时间今晚7点。航母山东舰入列。吉林一号卫星组网。"
    assert [e.text for e in clean_spans(text, []) if e.type == "LOC"] == ["江西", "河北"]


def test_the_cleanup_reads_a_text_the_same_under_any_hash_seed():
    """河南广东两省公安 (CLUENER): two provinces left untagged side by side, of which the first one tagged blocks the
    other; names of equal length were taken in the order of a set, which Python's string hashing changes from run to
    run, so the same text came out 河南 or 广东. Names are taken longest first, then in character order."""
    import os
    import subprocess
    import sys

    code = ("from zhpolicy.models.ner_cleanup import clean_spans\n"
            "print([e.text for e in clean_spans('评论45分钟前河南广东两省公安、', [])])")
    runs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}) for seed in (5, 6)]  # 广东 and 河南 before
    outputs = [run.communicate()[0] for run in runs]
    assert all(run.returncode == 0 for run in runs) and outputs[0] == outputs[1]

def test_a_person_after_a_post_outvotes_bodies_of_the_same_name():
    """美国总统奥巴马6号晚上…发表全国讲话。奥巴马称…奥巴马呼吁… (CCTV news; the tagger read the bare name as an ORG at
    every mention but the one after the post): the person throughout; a body after a post keeps its majority where
    it ends like one (主席|中国作家协会 is no name)."""
    text = "美国总统奥巴马6号晚上发表讲话。奥巴马称，枪击案是恐怖主义行为。奥巴马呼吁国会投票。"
    spans = spans_of(text, [("美国", "LOC"), ("总统", "TITLE"), ("奥巴马", "PER"), ("奥巴马", "ORG"), ("奥巴马", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.text == "奥巴马"] == [("奥巴马", "PER")] * 3


def test_a_post_written_again_beside_its_holder_is_tagged_again():
    """美国总统特朗普称… 同一天，美国总统特朗普发表声明 (CCTV news; the tagger tagged the post once): the post at every
    mention, as LABELS.md tags it, though the official it gives is one already."""
    text = "美国总统特朗普称，将举行会谈。同一天，美国总统特朗普发表声明。"
    spans = spans_of(text, [("美国", "LOC"), ("总统", "TITLE"), ("特朗普", "PER"), ("美国", "LOC"), ("特朗普", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "TITLE"] == ["总统", "总统"]


def test_a_post_after_a_national_body_tagged_late_is_read():
    """世卫组织总干事谭德塞17日说 (CCTV news; the tagger left the body and the post untagged): the body is tagged among
    the last rules, and the post rule, read once more, tags the post and makes the official."""
    text = "世卫组织总干事谭德塞17日说，疫情仍在蔓延。"
    spans = spans_of(text, [("谭德塞", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("世卫组织", "ORG"), ("总干事", "TITLE"), ("谭德塞", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("谭德塞", "总干事", "世卫组织")]


def test_a_state_jieba_reads_into_one_word_with_its_post_is_tagged():
    """英国首相卡梅伦10号组建了保守党内阁 (CCTV news; the tagger read 英 alone, and jieba reads 英国首相 as one word):
    the state, the post and the official."""
    text = "英国首相卡梅伦10号组建了内阁。"
    cleaned = clean_spans(text, spans_of(text, [("英", "ORG"), ("卡梅伦", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("英国", "LOC"), ("首相", "TITLE"), ("卡梅伦", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("卡梅伦", "首相", "英国")]


def test_body_named_by_its_place_takes_the_rest_of_its_department_word():
    text = "内蒙古自治区体育局青少年体育处处长白永胜介绍，近年来全区大力推动冰雪运动进校园。"
    spans = clean_spans(text, spans_of(text, [("内蒙古自治区体育", "ORG"), ("处长", "TITLE"), ("白永胜", "PER")]))
    assert [(e.text, e.type) for e in spans][0] == ("内蒙古自治区体育局", "ORG")


def test_place_read_on_into_an_adverb_or_verb_is_cut_to_the_place():
    text = "感谢中国对柬埔寨特别是柬王室的友好情谊。当前中俄都处于发展振兴的关键时期。在庆祝海南建省办经济特区30周年大会上。"
    spans = clean_spans(text, spans_of(text, [("中国", "LOC"), ("柬埔寨特别", "LOC"), ("中俄都", "LOC"), ("海南建", "ORG")]))
    assert [(e.text, e.type) for e in spans] == [("中国", "LOC"), ("柬埔寨", "LOC"), ("中俄", "LOC"), ("海南", "LOC")]


def test_body_named_by_a_place_and_a_word_jieba_reads_as_a_verb_is_kept():
    text = "本次比赛由中国排协和大连市人民政府主办。将于6月23日在北京联想总部正式启动。解决用气问题。河北保定、邢台、石家庄。"
    pieces = [("中国排协", "ORG"), ("大连市人民政府", "ORG"), ("北京联想", "ORG"), ("河北保定", "LOC"), ("邢台", "LOC"), ("石家庄", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans] == pieces


def test_department_read_up_to_the_bu_of_bumen_takes_the_men():
    text = "火所引起的烟雾。伦敦消防部门的发言人说，这是一起意外。"
    spans = clean_spans(text, spans_of(text, [("伦敦消防部", "ORG")]))
    assert [(e.text, e.type) for e in spans] == [("伦敦消防部门", "ORG")]


def test_span_stopping_inside_a_states_name_is_completed_and_many_places_lose_duo():
    text = "世界杯足球赛期间，俄罗斯共为80.6万人办理球迷护照。无人机对乌克兰多地的军事设施进行打击。多伦多地铁停运。"
    spans = clean_spans(text, spans_of(text, [("俄罗", "LOC"), ("乌克兰多", "LOC"), ("多伦多", "LOC")]))
    assert [(e.text, e.type) for e in spans] == [("俄罗斯", "LOC"), ("乌克兰", "LOC"), ("多伦多", "LOC")]


def test_beiyue_before_a_distance_is_no_nato():
    text = "遭袭的天然气厂位于巴格达以北约20公里的塔季。北约秘书长表示关切。"
    spans = clean_spans(text, spans_of(text, [("巴格达", "LOC"), ("北约", "ORG"), ("北约", "ORG")]))
    assert [(e.text, e.type, e.start) for e in spans] == [("巴格达", "LOC", 9), ("北约", "ORG", 23)]


def test_yingyao_read_into_a_person_is_cut_off():
    text = "国务委员王勇应邀出席会议并作报告。"
    spans = clean_spans(text, spans_of(text, [("国务委员", "TITLE"), ("王勇应邀", "PER")]))
    assert [(e.text, e.type) for e in spans] == [("国务委员", "TITLE"), ("王勇", "PER")]


def test_nianzizaizi_after_a_post_is_no_person():
    text = "推动高质量发展，习近平总书记念兹在兹。"
    spans = clean_spans(text, spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("念兹在兹", "PER")]))
    assert [(e.text, e.type) for e in spans] == [("习近平", "PER"), ("总书记", "TITLE")]


def test_leaders_post_left_untagged_after_the_state_joins_the_post_piece_after_it():
    text = "俄总统新闻秘书佩斯科夫9日说，美国总统已意识到问题。"
    spans = clean_spans(text, spans_of(text, [("俄", "LOC"), ("秘书", "TITLE"), ("佩斯科夫", "PER")]))
    assert [(e.text, e.type) for e in spans][:3] == [("俄", "LOC"), ("总统新闻秘书", "TITLE"), ("佩斯科夫", "PER")]


def test_ministry_read_without_its_bu_before_buzhang_makes_one_post():
    text = "南非国际关系与合作部长马沙巴内17号在行政首都比勒陀利亚表示。"
    spans = clean_spans(text, spans_of(text, [("南非国际关系与合作", "ORG"), ("部长", "TITLE"), ("马沙巴内", "PER")]))
    assert [(e.text, e.type) for e in spans][:3] == [("南非", "LOC"), ("国际关系与合作部长", "TITLE"), ("马沙巴内", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [("马沙巴内", "国际关系与合作部长", "南非")]


def test_committee_before_a_ministers_post_stays_the_body():
    text = "北京市委宣传部长龙新民冒雪前往长安街。"
    spans = clean_spans(text, spans_of(text, [("北京市委宣传", "ORG"), ("部长", "TITLE"), ("龙新民", "PER")]))
    assert [(e.text, e.type) for e in spans][:3] == [("北京市委", "ORG"), ("宣传部长", "TITLE"), ("龙新民", "PER")]


def test_session_read_into_the_body_holding_it_is_cut_off():
    text = "温家宝主持召开国务院常务会议听取汇报。国务院办公厅对全国政协十届四次会议第4626号提案答复。"
    pieces = [("温家宝", "PER"), ("国务院常务会", "ORG"), ("国务院办公厅", "ORG"), ("全国政协十届四次会", "ORG")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans] == [("温家宝", "PER"), ("国务院", "ORG"), ("国务院办公厅", "ORG"), ("全国政协", "ORG")]


def test_jingshang_read_into_a_body_is_cut_off():
    text = "你们提出的提案，经商信息产业部、国务院信息办，现答复如下。"
    spans = clean_spans(text, spans_of(text, [("经商信息产业部", "ORG"), ("国务院信息办", "ORG")]))
    assert [(e.text, e.type) for e in spans] == [("信息产业部", "ORG"), ("国务院信息办", "ORG")]


def test_document_numbers_issuer_code_is_no_body():
    text = "关于加强管理工作的通知⏎国办发〔1996〕25号⏎民航总局〔2006〕80号文件。".replace("⏎", "\n")
    spans = clean_spans(text, spans_of(text, [("国办发", "ORG"), ("民航总局", "ORG")]))
    assert [(e.text, e.type) for e in spans] == [("民航总局", "ORG")]


def test_body_standing_before_a_citys_district_is_a_place_at_every_mention():
    text = "伊拉克政府军暂停向摩苏尔进军，距摩苏尔城区不到5公里。中国人民解放军东部战区组织演习。"
    pieces = [("伊拉克政府军", "ORG"), ("摩苏尔", "ORG"), ("摩苏尔", "ORG"), ("中国人民解放军东部战区", "ORG")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans] == [
        ("伊拉克政府军", "ORG"), ("摩苏尔", "LOC"), ("摩苏尔", "LOC"), ("中国人民解放军东部战区", "ORG")]


def test_place_mention_before_a_suburb_makes_the_bodys_mentions_places():
    text = "纽约州长表示，纽约地铁恢复运行。纽约郊区的居民仍然停电，纽约郊区斯塔滕岛受灾严重。纽约警方称。"
    pieces = [("纽约", "ORG"), ("纽约", "ORG"), ("纽约", "LOC"), ("纽约", "LOC"), ("纽约", "ORG")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert {e.type for e in spans if e.text == "纽约"} == {"LOC"}


def test_country_cut_late_out_of_a_person_is_a_place():
    text = "23号，枪杀16名阿富汗平民的美军士兵被判处终身监禁。他在两座村庄杀死16名阿富汗平民。"
    spans = clean_spans(text, spans_of(text, [("阿富汗平", "PER"), ("阿", "LOC")]))
    assert [(e.text, e.type) for e in spans] == [("阿富汗", "LOC"), ("阿富汗", "LOC")]


def test_state_read_with_ying_into_a_person_is_the_state():
    text = "应芬兰议长洛赫拉邀请，全国人大常委会委员长张德江对芬兰进行正式友好访问。"
    pieces = [("应芬兰", "PER"), ("议长", "TITLE"), ("洛赫拉", "PER")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans][:3] == [("芬兰", "LOC"), ("议长", "TITLE"), ("洛赫拉", "PER")]


def test_yingyue_after_a_post_is_no_person():
    text = "前不久，习近平总书记应约与阮富仲总书记通电话。"
    pieces = [("习近平", "PER"), ("总书记", "TITLE"), ("应约", "PER"), ("阮富仲", "PER"), ("总书记", "TITLE")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert "应约" not in {e.text for e in spans}


def test_shichang_before_its_regulators_is_no_body():
    text = "召回已售产品约1.6万个。\n市场监管部门提醒，已购买该型号充电器的消费者应立即停止使用。"
    assert clean_spans(text, spans_of(text, [("市场", "ORG")])) == []


def test_county_after_a_bare_province_is_tagged_where_named_alone():
    text = "甘肃两当县，地处秦岭山区。在两当县，贫困户可以享受贴息贷款。广西资源县开通绿色通道。让资源要素加速流动。"
    spans = clean_spans(text, spans_of(text, [("甘肃两当县", "LOC"), ("秦岭", "LOC"), ("广西资源县", "LOC")]))
    assert [e.text for e in spans] == ["甘肃两当县", "秦岭", "两当县", "广西资源县"]


def test_residents_two_character_name_is_given_its_third_character_before_shuo():
    text = "海南乐东县莺歌海镇莺一社区村民陈积武说：“那个煤电发起来，头发是掉光光的。”"
    spans = clean_spans(text, spans_of(text, [("海南乐东县莺歌海镇莺一社区", "LOC"), ("陈积", "PER")]))
    assert [(e.text, e.type) for e in spans] == [("海南乐东县莺歌海镇莺一社区", "LOC"), ("陈积武", "PER")]


def test_people_and_named_bodies_read_across_a_list_mark_are_parted():
    text = "参加座谈的有宋虎振、李连成、高建军、李红霞。双方要密切在联合国、二十国集团等框架内的协调。"
    pieces = [("宋虎振", "PER"), ("李连成、高建军", "PER"), ("李红霞", "PER"), ("联合国、二十国集团", "ORG")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans] == [
        ("宋虎振", "PER"), ("李连成", "PER"), ("高建军", "PER"), ("李红霞", "PER"), ("联合国", "ORG"), ("二十国集团", "ORG")]


def test_span_opening_inside_a_bracketed_states_name_is_parted():
    text = "第27批赴刚果（金）维和部队出征。今天，中国第27批赴刚果（金）维和部队在郑州出发。"
    spans = clean_spans(text, spans_of(text, [("金）维和部队", "ORG"), ("金）维和部队", "ORG")]))
    assert [(e.text, e.type) for e in spans] == [("刚果（金）", "LOC"), ("维和部队", "ORG"), ("刚果（金）", "LOC"), ("维和部队", "ORG")]


def test_persons_note_of_sex_is_cut_off_and_the_appointment_read_past_it():
    text = "任命王正伟(回族)为国家民族事务委员会主任；任命李斌(女)为国家卫生和计划生育委员会主任。"
    pieces = [("王正伟", "PER"), ("国家民族事务委员会", "ORG"), ("主任", "TITLE"),
              ("李斌(女)", "PER"), ("国家卫生和计划生育委员会", "ORG"), ("主任", "TITLE")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in spans if e.type == "PER"] == ["王正伟", "李斌"]
    assert {(o.name, o.title, o.org) for o in extract_officials(text, spans)} == {
        ("王正伟", "主任", "国家民族事务委员会"), ("李斌", "主任", "国家卫生和计划生育委员会")}


def test_body_read_into_the_bu_of_bufen_is_cut_back():
    text = "国际刑警组织说，国际足联部分官员的行为与其原则相抵触。中央组织部分管日常工作的副部长出席。"
    spans = clean_spans(text, spans_of(text, [("国际刑警组织", "ORG"), ("国际足联部", "ORG"), ("中央组织部", "ORG")]))
    assert [(e.text, e.type) for e in spans] == [("国际刑警组织", "ORG"), ("国际足联", "ORG"), ("中央组织部", "ORG")]


def test_person_listed_among_places_is_a_place_but_not_after_a_post():
    text = "乌军在扎波罗热、顿涅茨克、赫尔松方向的进攻没有取得成果。出席的有俄副总理德沃尔科维奇、阿塞拜疆、格鲁吉亚代表。"
    pieces = [("扎波罗热", "PER"), ("顿涅茨克", "LOC"), ("赫尔松", "LOC"),
              ("副总理", "TITLE"), ("德沃尔科维奇", "PER"), ("阿塞拜疆", "LOC"), ("格鲁吉亚", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))
    types = {e.text: e.type for e in spans}
    assert types["扎波罗热"] == "LOC" and types["德沃尔科维奇"] == "PER"


def test_body_closing_a_list_of_places_before_dengdi_is_a_place():
    text = "俄军在库皮扬斯克、红利曼等地打击乌军。报告团在重庆、云南、中央政策研究室等地宣讲。"
    pieces = [("库皮扬斯克", "LOC"), ("红利曼", "ORG"), ("重庆", "LOC"), ("云南", "LOC"), ("中央政策研究室", "ORG")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert {e.text: e.type for e in spans}["红利曼"] == "LOC"
    assert {e.text: e.type for e in spans}["中央政策研究室"] == "ORG"


def test_place_or_person_that_is_a_bodys_name_is_the_body():
    text = "我们还要积极开拓东盟、中亚、南亚市场。欧佩克发表声明表示，石油需求稳定。"
    spans = clean_spans(text, spans_of(text, [("东盟", "LOC"), ("中亚", "LOC"), ("南亚", "LOC"), ("欧佩克", "PER")]))
    assert [(e.text, e.type) for e in spans] == [("东盟", "ORG"), ("中亚", "LOC"), ("南亚", "LOC"), ("欧佩克", "ORG")]


def test_country_read_as_a_body_is_a_place_where_only_army_words_hold_a_word_of_sport():
    text = "日本东北部下大雪，自卫队部队出动救援。伊朗向安理会递信指责美国军事冒险主义。"
    spans = clean_spans(text, spans_of(text, [("日本", "ORG"), ("伊朗", "ORG"), ("安理会", "ORG"), ("美国", "ORG")]))
    assert [(e.text, e.type) for e in spans] == [("日本", "LOC"), ("伊朗", "LOC"), ("安理会", "ORG"), ("美国", "LOC")]


def test_international_body_read_as_its_place_is_made_whole():
    text = "中方支持乌方担任上海合作组织轮值主席国工作。以军称袭击针对的是巴勒斯坦伊斯兰抵抗运动的武装人员。"
    pieces = [("乌", "LOC"), ("上海", "LOC"), ("巴勒斯坦伊斯兰", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert ("上海合作组织", "ORG") in [(e.text, e.type) for e in spans]
    assert ("巴勒斯坦伊斯兰抵抗运动", "ORG") in [(e.text, e.type) for e in spans]


def test_city_named_once_where_only_a_place_stands_is_a_place_at_every_mention():
    text = "会谈在白俄罗斯首都明斯克举行。各方同意将明斯克作为磋商的固定场所，明斯克会谈本身说明各方愿意对话。"
    pieces = [("白俄罗斯", "LOC"), ("明斯克", "PER"), ("明斯克", "PER"), ("明斯克", "PER")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans] == [("白俄罗斯", "LOC")] + [("明斯克", "LOC")] * 3


def test_foreign_city_read_as_a_person_is_a_place_but_not_after_a_post_or_before_an_honorific():
    text = "一批抗疫物资2日抵达莫斯科。秘鲁外交部长利马表示欢迎。马德里先生解释说。"
    pieces = [("莫斯科", "PER"), ("秘鲁", "LOC"), ("外交部长", "TITLE"), ("利马", "PER"), ("马德里", "PER")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert {e.text: e.type for e in spans} == {"莫斯科": "LOC", "秘鲁": "LOC", "外交部长": "TITLE", "利马": "PER", "马德里": "PER"}


def test_city_post_and_holder_read_as_one_person_are_split():
    text = "今天，阿布扎比王储穆罕默德举行欢迎仪式。"
    spans = clean_spans(text, spans_of(text, [("阿布扎比", "PER"), ("王储", "PER"), ("穆罕默德", "PER")]))
    assert [(e.text, e.type) for e in spans] == [("阿布扎比", "LOC"), ("王储", "TITLE"), ("穆罕默德", "PER")]


def test_event_read_as_a_body_is_dropped_but_not_a_congress_or_forum_body():
    text = "北京冬奥会成功举办。世界经济论坛发布报告。全国人民代表大会审议通过。"
    pieces = [("北京冬奥会", "ORG"), ("世界经济论坛", "ORG"), ("全国人民代表大会", "ORG")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in spans] == ["世界经济论坛", "全国人民代表大会"]


def test_meetings_and_the_news_programme_read_as_bodies_are_dropped():
    text = "会议审议了日程安排。新闻联播推出系列报道。各国领导人已于纪念大会前签署公报。"
    spans = clean_spans(text, spans_of(text, [("日程安排", "ORG"), ("新闻联", "ORG"), ("纪念大", "ORG")]))
    assert spans == []


def test_roster_names_one_a_line_are_persons_and_their_posts_read():
    text = "组 长：韩 正  国务院副总理\n成 员：戴东昌  交通运输部副部长\n宁吉喆  统计局局长\n"
    pieces = [("国务院", "ORG"), ("副总理", "TITLE"), ("东昌", "ORG"), ("交通运输部", "ORG"), ("副部长", "TITLE"), ("宁吉", "PER")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in spans if e.type == "PER"] == ["韩 正", "戴东昌", "宁吉喆"]
    officials = extract_officials(text, spans)
    assert ("戴东昌", "副部长", "交通运输部") in [(o.name, o.title, o.org) for o in officials]


def test_a_dateline_alone_is_no_roster():
    text = "本报讯 受暖湿气流影响，广州迎来降雨。\n张三 说明天放晴\n"
    spans = clean_spans(text, spans_of(text, [("广州", "LOC")]))
    assert [(e.text, e.type) for e in spans] == [("广州", "LOC")]


def test_place_read_into_a_one_character_adjective_gives_it_back():
    text = "埃及新宪法草案公投14日举行。欢迎中方参与印尼新首都建设。"
    spans = clean_spans(text, spans_of(text, [("埃及新", "LOC"), ("印尼新", "LOC")]))
    places = [e.text for e in spans if e.type == "LOC"]
    assert "埃及" in places and "印尼" in places and not {"埃及新", "印尼新"} & set(places)


def test_epidemic_mechanism_made_whole_and_press_conference_cut_off_its_body():
    text = "国务院联防联控机制新闻发布会介绍了最新情况。会议要求，国务院联防联控机制要指导各地。"
    spans = clean_spans(text, spans_of(text, [("国务院联防联控机制新闻", "ORG"), ("国务院联防", "ORG")]))
    assert [(e.text, e.type) for e in spans] == [("国务院联防联控机制", "ORG")] * 2


def test_quoted_name_of_a_hurricane_or_storm_is_no_entity():
    text = "超级风暴“桑迪”在美国东海岸登陆。“桑迪”携带狂风暴雨在新泽西州肆虐。"
    spans = clean_spans(text, spans_of(text, [("桑迪", "ORG"), ("美国", "LOC"), ("桑迪", "PER"), ("新泽西州", "LOC")]))
    assert [e.text for e in spans] == ["美国", "新泽西州"]


def test_transliterated_name_is_not_split_at_its_dot_or_a_space_by_it():
    text = "菲德尔·卡斯特罗近日露面。视频中，菲德尔 ·卡斯特罗在工厂参观。菲德尔说，卡斯特罗家族很好。"
    pieces = [("菲德尔·卡斯特罗", "PER"), ("菲德尔 ·卡斯特罗", "PER"), ("菲德尔", "PER"), ("卡斯特罗", "PER")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in spans][:2] == ["菲德尔·卡斯特罗", "菲德尔 ·卡斯特罗"]


def test_person_read_into_the_zhi_of_a_message_gives_it_back():
    text = "习近平向法国总统马克龙致慰问电。"
    spans = clean_spans(text, spans_of(text, [("习近平", "PER"), ("法国", "LOC"), ("总统", "TITLE"), ("马克龙致", "PER")]))
    assert [e.text for e in spans][-1] == "马克龙"
    assert ("马克龙", "总统", "法国") in [(o.name, o.title, o.org) for o in extract_officials(text, spans)]


def test_verb_words_read_into_a_national_body_are_cut_off():
    text = "新华社今天受权全文播发全国人大常委会工作报告。克拉夫特8日致信联合国安理会说。"
    spans = clean_spans(text, spans_of(text, [("新华社", "ORG"), ("全文播发全国人大常委会", "ORG"), ("致信联合国安理会", "ORG")]))
    assert [e.text for e in spans if e.type == "ORG"] == ["新华社", "全国人大常委会", "联合国安理会"]


def test_caption_speaker_after_post_and_space_is_a_person():
    text = "商务部部长 高虎城：这7个自贸试验区将继续紧扣制度创新。"
    spans = clean_spans(text, spans_of(text, [("商务部", "ORG"), ("部长", "TITLE"), ("高虎城", "LOC")]))
    assert ("高虎城", "PER") in [(e.text, e.type) for e in spans]


def test_newborns_and_protected_species_are_no_names():
    text = "视频里这个健康可爱的宝宝和妈妈第一次见面。湟鱼成群结队，500尾中华鲟放归长江。"
    pieces = [("宝宝", "PER"), ("湟鱼", "LOC"), ("中华", "LOC"), ("长江", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans] == [("长江", "LOC")]


def test_name_read_as_a_place_after_a_state_ministers_post_is_the_holder():
    text = "法国外长勒德里昂也到机场迎接。西班牙首相桑切斯宣布，西班牙进入紧急状态。"
    pieces = [("法国", "LOC"), ("勒德里昂", "LOC"), ("西班牙", "LOC"), ("桑切斯", "LOC"), ("西班牙", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))
    types = {e.text: e.type for e in spans}
    assert types["勒德里昂"] == "PER" and types["桑切斯"] == "PER" and types["西班牙"] == "LOC"


def test_government_read_as_a_place_is_the_state_or_the_local_body():
    text = "波兰政府6日宣布恢复边境管控。暗访人员在郴州马头岭乡政府看到的情景。"
    spans = clean_spans(text, spans_of(text, [("波兰政府", "LOC"), ("郴州马头岭乡政府", "LOC")]))
    assert [(e.text, e.type) for e in spans] == [("波兰", "LOC"), ("郴州马头岭乡政府", "ORG")]


def test_body_read_from_a_place_across_yu_into_a_generic_kind_is_the_place():
    text = "光山县与科研院所合作，推广良种良法。黄岩区农业农村和水利局牵头推进。"
    spans = clean_spans(text, spans_of(text, [("光山县与科研院所", "ORG"), ("黄岩区农业农村和水利局", "ORG")]))
    assert [(e.text, e.type) for e in spans] == [("光山县", "LOC"), ("黄岩区农业农村和水利局", "ORG")]


def test_place_read_into_a_common_word_gives_back_its_character_or_takes_a_place():
    text = "军乐队奏中国国歌。赵显娥乘坐从美国纽约飞往韩国的航班。亚特兰大奥运会射击比赛中。"
    pieces = [("中国国", "LOC"), ("美国纽", "LOC"), ("亚特兰大奥", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in spans if e.type == "LOC"][:2] == ["中国", "美国纽约"]
    assert "亚特兰大奥" in [e.text for e in spans]


def test_spacecraft_and_their_crews_are_no_entities_but_a_long_march_press_is():
    text = "神舟十八号航天员乘组进驻空间站。祝融号火星车开展巡视。长征出版社出版了这本书。"
    pieces = [("神舟十八号航天员乘组", "ORG"), ("祝融号", "PER"), ("长征出版社", "ORG")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in spans] == ["长征出版社"]


def test_common_word_read_as_a_person_after_a_held_post_is_dropped():
    text = "习近平主席洞察全球形势，把握时代特征。"
    spans = clean_spans(text, spans_of(text, [("习近平", "PER"), ("主席", "TITLE"), ("洞察", "PER")]))
    assert [e.text for e in spans] == ["习近平", "主席"]


def test_bare_kinds_of_place_and_mentions_inside_a_term_are_not_tagged():
    text = "危地马拉的富埃戈火山持续喷发。湖北黄冈的广场公园里，广场舞队跳了起来。"
    spans = clean_spans(text, spans_of(text, [("危地马拉", "LOC"), ("火山", "LOC"), ("湖北黄冈", "LOC"), ("广场", "LOC")]))
    assert [e.text for e in spans if e.text == "火山"] == [] and [e.start for e in spans if e.text == "广场"] == [text.find("广场")]


def test_party_centres_leading_group_read_without_its_zhongyang_is_made_whole():
    text = "中央巡视工作领导小组召开会议。习近平总书记在中央全面深化改革领导小组第二次会议上讲话。"
    spans = clean_spans(text, spans_of(text, [("巡视工作领导小组", "ORG"), ("习近平", "PER"), ("总书记", "TITLE"), ("深化改革领导小组", "ORG")]))
    assert [e.text for e in spans if e.type == "ORG"] == ["中央巡视工作领导小组", "中央全面深化改革领导小组"]


def test_company_named_without_a_body_word_is_an_organization():
    text = "声明称将对华为、诺基亚发起调查。复工初期，京东方原材料短缺。昔日强队力图中兴。"
    pieces = [("华", "LOC"), ("诺基亚", "LOC"), ("京东", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans] == [("华为", "ORG"), ("诺基亚", "ORG"), ("京东方", "ORG")]


def test_joiner_read_into_a_person_between_two_posts_is_cut_off():
    text = "今年6月，习近平主席和普京总统共同宣布发展中俄关系。"
    pieces = [("习近平", "PER"), ("主席", "TITLE"), ("和普京", "PER"), ("总统", "TITLE")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in spans if e.type == "PER"] == ["习近平", "普京"]


def test_preposition_read_into_a_leaders_transliterated_name_is_cut_off():
    text = "中方愿同姆南加古瓦总统一道努力，推动两国关系发展。"
    spans = clean_spans(text, spans_of(text, [("同姆南加古瓦", "LOC")]))
    assert ("姆南加古瓦", "PER") in [(e.text, e.type) for e in spans]


def test_the_economy_read_as_a_body_is_generic_and_tongrentang_a_company():
    text = "“十三五”时期经济社会发展良好开局。如今，同仁堂已在海外20多个国家开设门店。"
    spans = clean_spans(text, spans_of(text, [("经济社会", "ORG"), ("同仁堂", "LOC")]))
    assert [(e.text, e.type) for e in spans] == [("同仁堂", "ORG")]


def test_states_named_together_and_counted_are_parted_out_of_a_body():
    text = "朝韩双方红十字会在板门店举行会谈。日中韩三国应同国际社会共同努力。"
    spans = clean_spans(text, spans_of(text, [("朝韩双方红十字会", "ORG"), ("日中韩三国", "ORG")]))
    assert [(e.text, e.type) for e in spans][:3] == [("朝韩", "LOC"), ("红十字会", "ORG"), ("日中韩", "LOC")]


def test_name_read_as_the_opening_of_a_longer_word_is_mended():
    text = "空袭了黎巴嫩真主党武装。贸易须以俄罗斯卢布结算。让外交人员撤离。反政府武装向大马士革发动攻击。"
    pieces = [("黎巴嫩真", "LOC"), ("俄罗斯卢", "LOC"), ("外交人", "ORG"), ("大马士", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans][:2] == [("黎巴嫩真主党", "ORG"), ("俄罗斯", "LOC")]
    assert "外交人" not in [e.text for e in spans] and "大马士" not in [e.text for e in spans]


def test_interim_or_late_holders_post_takes_the_state_before_the_word_saying_so():
    text = "埃及临时总统曼苏尔签署总统令。泰国看守政府总理英拉表示。委内瑞拉已故总统查韦斯。"
    pieces = [("埃及", "LOC"), ("总统", "TITLE"), ("曼苏尔", "PER"), ("泰国", "LOC"), ("总理", "TITLE"), ("英拉", "PER"),
              ("委内瑞拉", "LOC"), ("总统", "TITLE"), ("查韦斯", "PER")]
    officials = extract_officials(text, spans_of(text, pieces))
    assert [(o.name, o.org) for o in officials] == [("曼苏尔", "埃及"), ("英拉", "泰国"), ("查韦斯", "委内瑞拉")]


def test_house_or_ordinal_left_untagged_before_a_post_goes_into_it():
    text = "今晚播出墨西哥众议长古铁雷斯的专访。伊朗第一副议长加吉扎德表示。"
    pieces = [("墨西哥", "LOC"), ("议长", "TITLE"), ("古铁雷斯", "PER"), ("伊朗", "LOC"), ("副议长", "TITLE"), ("加吉扎德", "PER")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in spans if e.type == "TITLE"] == ["众议长", "第一副议长"]


def test_house_read_into_the_body_before_a_speakers_post_goes_into_the_post():
    """美国国会众议长佩洛西 (CCTV news, four stories), 日本众议长大岛理森: the tagger read 众 into the body or state; it is
    the house of the speaker's post (众议长), as where it was left untagged."""
    text = "谴责美国国会众议长佩洛西窜访中国台湾地区。李强会见日本众议长大岛理森、爱尔兰众议长巴雷特。"
    pieces = [("美国国会众", "ORG"), ("议长", "TITLE"), ("佩洛西", "PER"), ("中国台湾地区", "LOC"), ("李强", "PER"),
              ("日本众", "LOC"), ("议长", "TITLE"), ("大岛理森", "PER"), ("爱尔兰众", "ORG"), ("议长", "TITLE"),
              ("巴雷特", "PER")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in spans if e.type != "PER"] == [
        ("美国国会", "ORG"), ("众议长", "TITLE"), ("中国台湾地区", "LOC"), ("日本", "LOC"), ("众议长", "TITLE"),
        ("爱尔兰", "LOC"), ("众议长", "TITLE")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [
        ("佩洛西", "众议长", "美国国会"), ("大岛理森", "众议长", "日本"), ("巴雷特", "众议长", "爱尔兰")]


def test_state_owned_group_named_by_its_short_name_is_an_organization():
    text = "督察组对中国石油、中国石化开展督察。记者从中国海油获悉。"
    spans = clean_spans(text, spans_of(text, [("中国", "LOC"), ("中国", "LOC"), ("中国", "LOC")]))
    assert [(e.text, e.type) for e in spans] == [("中国石油", "ORG"), ("中国石化", "ORG"), ("中国海油", "ORG")]


def test_untagged_place_between_two_listed_places_is_tagged():
    text = "对太浦河、元荡、汾湖等47个跨界河湖实行联合巡河。人大财经委、外事委、社会委等4个专门委员会。"
    pieces = [("太浦河", "LOC"), ("汾湖", "LOC"), ("财经委", "ORG"), ("社会委", "ORG")]
    spans = clean_spans(text, spans_of(text, pieces))
    assert ("元荡", "LOC") in [(e.text, e.type) for e in spans] and ("外事委", "ORG") in [(e.text, e.type) for e in spans]


def test_city_left_untagged_after_its_province_joins_it():
    text = "在黑龙江绥化，收购服务队顶风作业。在浙江省宁波市举行。北京朝阳群众。"
    spans = clean_spans(text, spans_of(text, [("黑龙江", "LOC"), ("浙江省", "LOC"), ("北京", "LOC")]))
    assert [e.text for e in spans] == ["黑龙江绥化", "浙江省宁波市", "北京"]


def test_chinese_city_read_as_a_person_is_a_place_unless_a_name_reads_so():
    text = "在拉萨，随着机场扩建。娄底作为湖南重要的能源基地。当年做的中山装。"
    spans = clean_spans(text, spans_of(text, [("拉萨", "PER"), ("娄底", "PER"), ("中山", "PER")]))
    assert [(e.text, e.type) for e in spans] == [("拉萨", "LOC"), ("娄底", "LOC"), ("湖南", "LOC"), ("中山", "PER")]


def test_chinese_city_left_untagged_is_tagged_unless_it_is_a_common_word():
    text = "60个项目在合肥签约。中外来宾出席活动。祝人民幸福安康。"
    spans = clean_spans(text, [])
    assert [(e.text, e.type) for e in spans] == [("合肥", "LOC")]


def test_foreign_capital_left_untagged_is_tagged_unless_it_reads_as_a_word():
    text = "柬埔寨首相洪森在金边接受采访。牧民一边往酥油茶机里加茶。"
    spans = clean_spans(text, spans_of(text, [("柬埔寨", "LOC"), ("首相", "TITLE"), ("洪森", "PER")]))
    assert [e.text for e in spans if e.type == "LOC"] == ["柬埔寨", "金边"]


def test_surname_read_alone_before_a_word_jieba_reads_on_is_given_the_name_tagged_elsewhere():
    text = "国家副主席韩正在北京会见印度尼西亚外交部长。韩正表示，中方愿同印尼一道。"
    pieces = [("副主席", "TITLE"), ("韩", "PER"), ("印度尼西亚", "LOC"), ("外交部长", "TITLE"), ("韩正", "PER"), ("印尼", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned][:2] == [("国家副主席", "TITLE"), ("韩正", "PER")]
    assert ("韩正", "国家副主席") in [(o.name, o.title) for o in extract_officials(text, cleaned)]


def test_two_character_name_is_tagged_at_its_other_mentions_but_not_a_word_or_a_longer_names_start():
    text = "张劼从警多年。父亲的言行，在张劼心中埋下了种子。基地里丁香长势良好，丁香品种多。钱七虎获奖，钱七虎是专家。"
    spans = clean_spans(text, spans_of(text, [("张劼", "PER"), ("丁香", "PER"), ("钱七", "PER")]))
    assert [e.text for e in spans if e.text == "张劼"] == ["张劼", "张劼"]
    assert [e.text for e in spans if e.text == "丁香"] == ["丁香"]
    # 钱七 is never tagged where 钱七虎 stands; the same 虎 after both mentions completes the name
    assert [e.text for e in spans if e.text.startswith("钱七")] == ["钱七虎", "钱七虎"]


def test_lake_or_valley_is_tagged_at_its_other_mentions_also_where_a_chain_of_places_named_it_first():
    text = ("元荡与淀山湖、太浦河水系相连。两地共同治理淀山湖。吐鲁番市高昌区葡萄沟迎来丰收。在葡萄沟种了20多亩葡萄。"
            "永修县三角乡三角联圩大堤上，一队队员巡查。三角联圩保护着6万群众。")
    pieces = [("元荡", "LOC"), ("太浦河", "LOC"), ("淀山湖", "LOC"), ("吐鲁番市高昌区葡萄沟", "LOC"), ("永修县三角乡三角联圩大堤", "LOC")]
    spans = clean_spans(text, spans_of(text, pieces))  # the first 淀山湖, the second 葡萄沟 and 三角联圩 left untagged
    assert [e.text for e in spans if e.text in ("淀山湖", "葡萄沟", "三角联圩")] == ["淀山湖", "淀山湖", "葡萄沟", "三角联圩"]


def test_spokespersons_post_left_untagged_before_a_person_is_tagged():
    text = "联合国人道主义事务协调厅发言人延斯·莱克12日表示。东部战区新闻发言人施毅表示。"
    pieces = [("联合国人道主义事务协调厅", "ORG"), ("延斯·莱克", "PER"), ("新闻", "TITLE"), ("施毅", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["发言人", "新闻发言人"]
    assert ("延斯·莱克", "发言人", "联合国人道主义事务协调厅") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_world_news_posts_left_untagged_before_a_person_are_tagged_but_not_a_verb_of_representing():
    text = "联合国也门问题特使格里菲思当天说。中国常驻联合国代表李保东发言。李源潮代表习近平主席出席。"
    pieces = [("联合国", "ORG"), ("也门", "LOC"), ("格里菲思", "PER"), ("中国", "LOC"), ("联合国", "ORG"), ("李保东", "PER"),
              ("李源潮", "PER"), ("习近平", "PER"), ("主席", "TITLE")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["特使", "代表", "主席"]


def test_named_group_abroad_is_a_unique_body_made_whole_and_tagged_where_left_out():
    text = "火箭弹和无人机。黎真主党当天称其武装人员发射了火箭弹。以军称袭击黎东部真主党武装目标。"
    spans = clean_spans(text, spans_of(text, [("黎真", "ORG")]))
    assert [(e.text, e.type) for e in spans if e.type == "ORG"] == [("黎真主党", "ORG"), ("真主党", "ORG")]


def test_commanders_and_rapporteurs_post_left_untagged_before_a_person_is_tagged():
    text = "武警西藏总队原司令员郭毅力将军任职五年。联合国特别报告员阿尔巴内塞对此表示震惊。"
    pieces = [("武警西藏总队", "ORG"), ("郭毅力", "PER"), ("联合国", "ORG"), ("阿尔巴内塞", "PER")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "TITLE"] == ["司令员", "报告员"]


def test_a_theatre_command_is_a_national_body():
    text = "8月28日，东部战区新闻发言人施毅表示。截至今天15时，中部战区相继派出部队。"
    cleaned = clean_spans(text, spans_of(text, [("东部", "LOC"), ("新闻发言人", "TITLE"), ("施毅", "PER")]))
    assert [(e.text, e.type) for e in cleaned if e.type == "ORG"] == [("东部战区", "ORG"), ("中部战区", "ORG")]


def test_body_left_out_between_its_state_and_a_post_joins_the_state():
    text = "伊朗原子能组织发言人卡迈勒万迪强调。北京一大型银行交易员表示。"
    pieces = [("伊朗", "LOC"), ("发言人", "TITLE"), ("卡迈勒万迪", "PER"), ("北京", "LOC"), ("交易员", "TITLE")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert ("伊朗原子能组织", "ORG") in [(e.text, e.type) for e in cleaned] and ("北京", "LOC") in [(e.text, e.type) for e in cleaned]
    # a state's security council or council of ministers, a 会议 by name (CCTV news: 帕特鲁舍夫's post had had no body)
    text = "会见俄罗斯联邦安全会议秘书帕特鲁舍夫。伊朗最高国家安全会议秘书沙姆哈尼表示。秘鲁部长会议主席阿德里安森送行。"
    pieces = [("俄罗斯联邦", "ORG"), ("秘书", "TITLE"), ("帕特鲁舍夫", "PER"), ("伊朗", "LOC"), ("秘书", "TITLE"),
              ("沙姆哈尼", "PER"), ("秘鲁", "LOC"), ("主席", "TITLE"), ("阿德里安森", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("帕特鲁舍夫", "秘书", "俄罗斯联邦安全会议"), ("沙姆哈尼", "秘书", "伊朗最高国家安全会议"),
        ("阿德里安森", "主席", "秘鲁部长会议")]


def test_a_post_before_a_person_is_tagged_with_its_grade_or_deputy():
    text = "安全监督管理处原处长、一级调研员忻元庆违规收受礼金。某基地原副司令员杨业功十年前的话。"
    pieces = [("安全监督管理处", "ORG"), ("忻元庆", "PER"), ("杨业功", "PER")]
    titles = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "TITLE"]
    assert "一级调研员" in titles and "副司令员" in titles


def test_person_read_on_into_the_words_around_a_name_tagged_elsewhere_is_cut_to_it():
    text = "习近平首先祝贺瑟利夫总统带领利比里亚人民。瑟利夫表示感谢。赵乐际充分肯定四川的工作。赵乐际指出。祝小龙最爱唱歌。小龙说。"
    pieces = [("习近平", "PER"), ("祝贺瑟利夫", "PER"), ("总统", "TITLE"), ("利比里亚", "LOC"), ("瑟利夫", "PER"),
              ("赵乐际充分肯定", "PER"), ("四川", "LOC"), ("赵乐际", "PER"), ("祝小龙", "PER"), ("小龙", "PER")]
    people = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "PER"]
    assert people == ["习近平", "瑟利夫", "瑟利夫", "赵乐际", "赵乐际", "祝小龙", "小龙"]


def test_person_tagged_in_part_is_read_whole_where_the_text_names_it_so_elsewhere():
    text = "习近平会见白俄罗斯总统卢卡申科。您同卢卡申科总统共同签署的声明。李克强陪同呼日勒苏赫检阅仪仗队。呼日勒苏赫表示感谢。"
    pieces = [("习近平", "PER"), ("白俄罗斯", "LOC"), ("总统", "TITLE"), ("卢卡申科", "PER"), ("卡申科", "PER"),
              ("总统", "TITLE"), ("李克强", "PER"), ("呼日勒", "LOC"), ("苏赫", "PER"), ("呼日勒苏赫", "PER")]
    people = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "PER"]
    assert people == ["习近平", "卢卡申科", "卢卡申科", "李克强", "呼日勒苏赫", "呼日勒苏赫"]


def test_world_leader_read_as_a_place_is_a_person():
    text = "随后，俄罗斯总统普京与塞西进行了单独会晤。习近平主席在人民大会堂同哈桑纳尔举行会谈。"
    pieces = [("俄罗斯", "LOC"), ("总统", "TITLE"), ("普京", "PER"), ("塞西", "LOC"), ("习近平", "PER"), ("主席", "TITLE"),
              ("人民大会堂", "LOC"), ("哈桑纳尔", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "PER"] == ["普京", "塞西", "习近平", "哈桑纳尔"]
    text = "去年习近平主席和纽西总统共同宣布将中莫关系提升为全面战略合作伙伴关系。"  # Mozambique's president (CCTV news)
    pieces = [("习近平", "PER"), ("主席", "TITLE"), ("纽西", "LOC"), ("中莫", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "PER"] == ["习近平", "纽西"]


def test_japanese_name_after_a_japanese_post_is_read_whole_with_its_post():
    text = "日本防卫大臣小野寺五典4日证实。希望之党党首玉木雄一郎也表示反对。总务大臣新藤义孝参拜。日本首相石破茂今天称。"
    pieces = [("日本", "LOC"), ("小野寺", "LOC"), ("首玉木雄一郎", "PER"), ("总务", "TITLE"), ("大臣新藤义孝", "PER"),
              ("日本", "LOC"), ("首相", "TITLE")]
    cleaned = [(e.text, e.type) for e in clean_spans(text, spans_of(text, pieces))]
    for name in ("小野寺五典", "玉木雄一郎", "新藤义孝", "石破茂"):
        assert (name, "PER") in cleaned
    assert ("党首", "TITLE") in cleaned and ("总务大臣", "TITLE") in cleaned


def test_untagged_unit_of_a_name_jieba_does_not_know_is_tagged_where_the_text_marks_it_a_place():
    text = "习近平总书记来到化屋村考察。过去这一年，化屋村变了。日本新潟县发生地震。另一个就赶紧去喊村医。今年仙居县共设县、乡两级。"
    pieces = [("习近平", "PER"), ("总书记", "TITLE"), ("日本", "LOC"), ("仙居县", "LOC")]
    places = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "LOC"]
    assert places == ["化屋村", "化屋村", "日本新潟县", "仙居县"]  # found right after its state: one chain (stop 74)


def test_foreign_city_read_as_a_body_is_a_place_but_not_in_a_text_of_sport():
    text = "20号，英国伦敦等多个地方爆发游行。习近平在伊斯兰堡会见巴基斯坦参议院主席。"
    pieces = [("英国伦敦", "ORG"), ("习近平", "PER"), ("伊斯兰堡", "ORG"), ("巴基斯坦参议院", "ORG"), ("主席", "TITLE")]
    kinds = [(e.text, e.type) for e in clean_spans(text, spans_of(text, pieces))]
    assert ("英国伦敦", "LOC") in kinds and ("伊斯兰堡", "LOC") in kinds
    sport = "火线博胆：拜仁进入最佳状态罗马获威廉希尔力挺"
    assert ("罗马", "ORG") in [(e.text, e.type) for e in clean_spans(sport, spans_of(sport, [("拜仁", "ORG"), ("罗马", "ORG")]))]


def test_short_names_of_the_partys_departments_and_ministries_are_unique_bodies():
    text = "十八大以来，中组部等十部门制定实施了人才支持计划，人社部推出万名专家服务基层。人社部门组织招工。"
    orgs = [e.text for e in clean_spans(text, []) if e.type == "ORG"]
    assert orgs == ["中组部", "人社部"]


def test_an_old_town_named_by_its_kind_alone_is_no_place():
    text = "千年古城拉萨在打造水润城。绿水绕古城。"
    places = [e.text for e in clean_spans(text, spans_of(text, [("拉萨", "LOC"), ("古城", "LOC")])) if e.type == "LOC"]
    assert places == ["拉萨"]


def test_untagged_unit_is_tagged_where_the_text_names_its_name_with_another_unit():
    text = "老杨所在的许厝村就地改造为许厝社区，村民就地安置。"
    places = [e.text for e in clean_spans(text, spans_of(text, [("许厝村", "LOC")])) if e.type == "LOC"]
    assert places == ["许厝村", "许厝社区"]


def test_a_post_read_as_a_person_is_a_post_and_a_rank_after_an_appointment_joins_it():
    text = "萨勒曼的儿子穆罕默德·本·萨勒曼被任命为副王储、第二副首相。他免去穆克林的王储职务。"
    pieces = [("萨勒曼", "PER"), ("穆罕默德·本·萨勒曼", "PER"), ("王储", "PER"), ("第二副首相", "TITLE"), ("穆克林", "PER"),
              ("王储", "PER")]
    kinds = [(e.text, e.type) for e in clean_spans(text, spans_of(text, pieces))]
    assert ("副王储", "TITLE") in kinds and ("王储", "TITLE") in kinds
    assert not [name for name, kind in kinds if kind == "PER" and name.endswith("王储")]


def test_a_post_after_an_untagged_post_joins_it_and_is_no_holder():
    text = "日本首相顾问饭岛勋抵朝访问。饭岛勋曾是小泉纯一郎的幕僚。"
    pieces = [("日本", "LOC"), ("饭岛勋", "PER"), ("小泉纯一郎", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert ("首相顾问", "TITLE") in [(e.text, e.type) for e in cleaned]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("饭岛勋", "首相顾问", "日本")]


def test_significance_is_no_place():
    text = "这对尼日利亚交通一体化的发展具有重要意义。"
    places = [e.text for e in clean_spans(text, spans_of(text, [("尼日利亚", "LOC"), ("意义", "LOC")])) if e.type == "LOC"]
    assert places == ["尼日利亚"]


def test_a_post_read_on_into_a_time_word_is_cut_there():
    text = "年初以来，习近平总书记、国家主席先后同阮富仲总书记通话。"
    pieces = [("习近平", "PER"), ("总书记", "TITLE"), ("国家", "TITLE"), ("主席先后", "TITLE"), ("阮富仲", "PER"), ("总书记", "TITLE")]
    posts = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "TITLE"]
    assert posts == ["总书记", "国家主席", "总书记"]


def test_a_japanese_committee_chair_and_a_minister_of_a_two_word_field_are_read_whole():
    text = "据日本媒体报道，最大在野党自民党国会对策委员长浜田靖一称，野田政权继前经济产业大臣钵吕吉雄后又有大臣辞职。"
    pieces = [("日本", "LOC"), ("自民党", "ORG"), ("国会对策", "ORG"), ("委员长", "TITLE"), ("浜田靖", "PER"), ("野田", "PER"),
              ("吕吉雄", "PER")]
    cleaned = [(e.text, e.type) for e in clean_spans(text, spans_of(text, pieces))]
    assert ("浜田靖一", "PER") in cleaned and ("钵吕吉雄", "PER") in cleaned
    assert ("经济产业大臣", "TITLE") in cleaned


def test_a_name_ending_in_he_before_a_verb_of_chairing_is_completed_but_not_before_a_post():
    text = "大会主席团常务主席罗富和主持开幕会。贺词表示相信。海渔广场的副总裁叶璇和销售经理田源介绍。"
    pieces = [("主席团常务主席", "TITLE"), ("罗富", "PER"), ("贺词", "PER"), ("副总裁", "TITLE"), ("叶璇", "PER"),
              ("销售经理", "TITLE"), ("田源", "PER")]
    people = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "PER"]
    assert people == ["罗富和", "叶璇", "田源"]


def test_a_state_listed_after_a_place_is_a_place_whatever_words_jieba_reads_there():
    text = "审议中国和越南移管被判刑人条约。俄罗斯与美国9号发表声明。"
    pieces = [("中国", "LOC"), ("俄罗斯", "LOC")]
    places = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "LOC"]
    assert places == ["中国", "越南", "俄罗斯", "美国"]


def test_a_refugee_camp_read_as_a_body_is_a_place():
    text = "以军对加沙地带中部努赛赖特难民营一所学校发动空袭。"
    pieces = [("加沙地带", "LOC"), ("努赛赖特难民营", "ORG")]
    kinds = [(e.text, e.type) for e in clean_spans(text, spans_of(text, pieces))]
    assert ("努赛赖特难民营", "LOC") in kinds and not [kind for _, kind in kinds if kind == "ORG"]


def test_a_unique_body_read_in_pieces_is_read_whole():
    text = "习近平会见蒙古人民党主席、国家大呼拉尔主席米·恩赫包勒德。2024年将召开中非合作论坛新一届会议。"
    pieces = [("习近平", "PER"), ("蒙古人民党", "ORG"), ("主席", "TITLE"), ("呼拉尔", "PER"), ("主席", "TITLE"),
              ("米·恩赫包勒德", "PER"), ("中非", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["蒙古人民党", "国家大呼拉尔", "中非合作论坛"]
    assert ("米·恩赫包勒德", "主席", "国家大呼拉尔") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_a_body_that_opens_with_a_pair_of_party_and_state_is_none():
    text = "检察公益诉讼瞄准损害国家和社会公共利益，聚焦党和国家中心任务。"
    assert clean_spans(text, spans_of(text, [("国家和社会", "ORG"), ("党和国家中心", "ORG")])) == []


def test_japans_ministries_and_agencies_are_bodies_bare_or_after_their_state():
    text = "日本气象厅称，当地发生6.0级地震。本月2日，防卫省突然宣布找到日志。根据日本气象厅公布的消息，气象厅提醒警惕海啸。"
    pieces = [("日本", "LOC"), ("气象厅", "LOC"), ("日本", "LOC"), ("气象厅", "ORG"), ("气象厅", "LOC")]
    orgs = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "ORG"]
    assert orgs == ["日本气象厅", "防卫省", "日本气象厅", "气象厅"]


def test_developing_countries_hold_no_place_but_socialism_with_chinese_characteristics_does():
    text = "中巴都是有重要影响的发展中大国。要加大向发展中国家提供资金。坚持和发展中国特色社会主义。"
    pieces = [("中巴", "LOC"), ("中大国", "LOC"), ("中国", "LOC"), ("中国", "LOC")]
    places = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "LOC"]
    assert places == ["中巴", "中国"]


def test_common_nouns_a_religion_and_an_ideology_are_no_places_and_a_basic_law_gives_its_place():
    text = "三国间的共同利益远大于分歧。两所清真寺附近发生爆炸。并肩抗击法西斯。各国嘉宾表示。宪法和澳门基本法共同构成宪制基础。中国同太平洋岛国关系迈上新台阶。"
    pieces = [("三国", "LOC"), ("清真寺", "LOC"), ("法西斯", "LOC"), ("嘉宾", "LOC"), ("澳门基本法", "LOC"), ("中国", "LOC"),
              ("太平洋岛", "LOC")]
    places = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "LOC"]
    assert places == ["澳门", "中国", "太平洋"]


def test_boko_haram_is_a_group():
    text = "多国部队打击“博科圣地”。"
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("博科", "LOC")]))] == [("博科圣地", "ORG")]


def test_about_and_the_side_are_cut_off_a_place_and_a_direction_alone_is_no_place():
    text = "伊军夺回提克里特以南约25公里的杜尔市部分区域。土军撤至边界以南30公里外地区。"
    pieces = [("提克里特以南约", "LOC"), ("杜尔", "LOC"), ("以南", "LOC")]
    places = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "LOC"]
    assert places[0] == "提克里特" and "以南" not in places  # the side goes too (stop 60: side_off_a_place)


def test_the_full_name_of_the_state_and_a_state_before_its_post_are_places():
    text = "总统在贺函中表示，祝贺中华人民共和国为建成富强民主的现代化国家而进步。李克强在紫光阁与德国总理默克尔会谈。"
    pieces = [("中华人民共和国", "ORG"), ("德国", "ORG"), ("总理", "TITLE"), ("默克尔", "PER")]
    types = {e.text: e.type for e in clean_spans(text, spans_of(text, pieces))}
    assert (types["中华人民共和国"], types["德国"]) == ("LOC", "LOC")


def test_fighting_an_epidemic_or_a_plan_of_the_whole_country_speaks_of_no_sport():
    text = "全国一盘棋，早日战胜疫情，决胜全面建成小康社会。美国经济中心纽约遭受严重影响。"
    assert ("纽约", "LOC") in [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("纽约", "ORG")]))]


def test_a_region_is_cut_off_the_states_it_names_and_read_as_a_body_alone_is_a_place():
    text = "中国同中亚国家携手应对挑战。非洲国家驻华使团举行招待会。美国驻欧洲和非洲海军司令表示。汇丰、花旗、东亚等外资行表态。"
    pieces = [("中亚国家", "LOC"), ("非洲国家驻华使团", "ORG"), ("欧洲", "LOC"), ("非洲", "ORG"), ("汇丰", "ORG"), ("花旗", "ORG"),
              ("东亚", "ORG")]
    found = [(e.text, e.type) for e in clean_spans(text, spans_of(text, pieces))]
    assert ("中亚", "LOC") in found and ("非洲国家驻华使团", "ORG") in found
    assert ("非洲", "LOC") in found and ("东亚", "ORG") in found


def test_the_states_honours_and_peace_and_tranquillity_name_no_one():
    text = "习近平向国家勋章和国家荣誉称号获得者颁授勋章。维护本地区和平安宁。"
    assert clean_spans(text, spans_of(text, [("国家勋章", "PER"), ("安宁", "LOC")])) == []


def test_a_river_chiefs_post_is_the_rivers_across_the_section_it_is_for():
    text = "黎里镇副镇长、元荡黎里段镇级河长沈卫东说，镇里还在湖边设立了工作站。"
    pieces = [("黎里镇", "LOC"), ("副镇长", "TITLE"), ("元荡", "LOC"), ("镇级河长", "TITLE"), ("沈卫东", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [
        Official("沈卫东", "副镇长", "黎里镇"), Official("沈卫东", "镇级河长", "元荡")]


def test_a_water_named_by_one_character_before_its_ending_is_read_whole_and_at_every_mention():
    text = "薄雾还未散尽，元荡湖面上已有两艘巡河船。黎里镇副镇长、元荡黎里段镇级河长沈卫东说。黄河宁夏段总封河长度已经达到140公里。"
    pieces = [("黎里镇", "LOC"), ("副镇长", "TITLE"), ("元", "LOC"), ("镇级河长", "TITLE"), ("沈卫东", "PER"),
              ("黄河", "LOC"), ("宁夏", "LOC"), ("封", "LOC")]
    places = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "LOC"]
    assert places.count("元荡") == 2 and "封河" not in places


def test_the_sun_is_no_place():
    text = "冬天太阳不好的时候，光伏板发电少。风电、太阳能发电总装机容量增长。"
    assert clean_spans(text, spans_of(text, [("太阳", "LOC"), ("太阳", "LOC")])) == []


def test_words_of_speeches_and_features_and_languages_name_no_one():
    text = "在党中央坚强领导下，传承红色基因。来自五湖四海的游客观看重庆铜梁的火龙表演。第三卷蒙古文、藏文、维吾尔文版出版。"
    pieces = [("坚强", "PER"), ("红色", "LOC"), ("五湖四海", "LOC"), ("火龙", "PER"), ("藏文", "PER"), ("维吾尔文", "PER")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.text in dict(pieces)] == []


def test_verbs_idioms_virtues_and_money_name_no_one():
    text = "作家、学者齐聚上海。经法庭审理查明，被告人认罪。以立德为主题。相关国家以卢布进行天然气贸易。祝愿中国繁荣昌盛。刘磊的越洋视频通话。"
    pieces = [("齐聚", "PER"), ("查明", "PER"), ("立德", "PER"), ("卢布", "LOC"), ("荣昌盛", "LOC"), ("越洋视", "ORG")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["上海", "中国"]


def test_a_name_cut_inside_its_ending_is_completed_before_a_locative_jieba_reads_with_the_unit():
    text = "今年粤港澳大湾区内地九市共拿出9亿元。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("粤港澳大湾", "LOC")]))] == ["粤港澳大湾区"]


def test_a_states_abbreviation_read_into_its_leaders_post_is_the_posts_place():
    text = "特朗普本月初先后与俄总统普京通话。"
    cleaned = clean_spans(text, spans_of(text, [("特朗普", "PER"), ("俄总统", "TITLE"), ("普京", "PER")]))
    assert [(e.text, e.type) for e in cleaned][1:3] == [("俄", "LOC"), ("总统", "TITLE")]
    assert Official("普京", "总统", "俄") in extract_officials(text, cleaned)


def test_a_transliterated_name_read_on_into_a_function_word_is_cut_before_it():
    text = "会见叙利亚总理哈勒吉时表示。第一副总理萨金塔耶夫偕政府高级官员到机场送行。"
    pieces = [("叙利亚", "LOC"), ("总理", "TITLE"), ("哈勒吉时", "PER"), ("第一副总理", "TITLE"), ("萨金塔耶夫偕", "PER")]
    people = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "PER"]
    assert people == ["哈勒吉", "萨金塔耶夫"]
    text = "海狮队的巴西外援里贝罗各为自己的球队攻入一球。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("里贝罗各", "PER")]))] == ["里贝罗"]


def test_the_common_noun_that_says_what_a_place_is_stays_out_of_it():
    text = "反对派在首都基辅举行会议。古城西安治理交通。他调任省会城市福州市委书记。旅客抵离首都国际机场。"
    pieces = [("首都基辅", "LOC"), ("古城西安", "LOC"), ("省会城市福州", "ORG"), ("首都国际机场", "LOC")]
    places = [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "LOC"]
    assert places == ["基辅", "西安", "福州", "首都国际机场"]


def test_a_place_read_on_into_the_common_noun_it_modifies_is_cut_before_it():
    text = "3名伞兵将俄罗斯国旗、国防部旗帜展开。支援加沙平民国际人道主义会议召开。依照埃及法律，他被判刑。"
    pieces = [("俄罗斯国旗", "LOC"), ("加沙平民", "LOC"), ("埃及法律", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "LOC"] == ["俄罗斯", "加沙", "埃及"]


def test_a_place_read_into_international_completes_the_venue_or_is_cut_back():
    text = "强烈谴责近日香港国际机场发生的暴力事件。第三十八届泰山国际登山节举办。"
    pieces = [("香港国际", "LOC"), ("泰山国际", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces)) if e.type == "LOC"] == ["香港国际机场", "泰山"]


def test_roles_modifiers_and_verbs_read_as_posts_are_none():
    text = "能源有限公司法定代表人张晓东涉嫌犯罪。图灵奖得主莱斯利·瓦利安特接受专访。埃及法院维持穆巴拉克3年监禁判决。"
    pieces = [("能源有限公司", "ORG"), ("法定代表人", "TITLE"), ("张晓东", "PER"), ("图灵奖", "ORG"), ("得主", "TITLE"),
              ("莱斯利·瓦利安特", "PER"), ("埃及法院", "ORG"), ("维持", "TITLE"), ("穆巴拉克", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == [] and extract_officials(text, cleaned) == []


def test_bare_kinds_of_body_are_none_and_two_international_bodies_joined_by_he_are_parted():
    text = "据伊朗官方通讯社报道。双方应支持联合国和世卫组织在协调国际抗疫合作中发挥作用。"
    cleaned = clean_spans(text, spans_of(text, [("通讯社", "ORG"), ("联合国和世卫组织", "ORG")]))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["联合国", "世卫组织"]


def test_a_palace_read_as_a_person_is_a_place():
    text = "俄罗斯总统普京当天在克里姆林宫出席军功授勋仪式。"
    cleaned = clean_spans(text, spans_of(text, [("普京", "PER"), ("克里姆林宫", "PER")]))
    assert ("克里姆林宫", "LOC") in [(e.text, e.type) for e in cleaned]


def test_a_branch_or_compound_head_before_a_post_refers_to_the_community_named_earlier():
    text = "文萃社区离退休干部党支部的党员们准时来到服务站。“党员身份没有退休。”支部书记白振华说。芳草社区有46名党员。“谁家有困难我们都知道。”小区党支部书记邓建国说。"
    pieces = [("文萃社区", "LOC"), ("书记", "TITLE"), ("白振华", "PER"), ("芳草社区", "LOC"), ("党支部书记", "TITLE"), ("邓建国", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [
        Official("白振华", "书记", "文萃社区"), Official("邓建国", "党支部书记", "芳草社区")]


def test_common_nouns_bare_kinds_of_place_and_verbs_name_nothing():
    text = "俄罗斯大使也到机场迎接。经济衰退风险上升。国庆、中秋假期，各地游人如织。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("机场", "LOC"), ("衰退", "ORG"), ("国庆", "LOC")]))] == ["俄罗斯"]
    text = "中东战事威胁全球粮食安全。铜仁市各工业园区已开发出梯度培育体系。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("粮食安全", "ORG"), ("工业园区", "LOC")]))] == []


def test_a_village_or_township_left_without_its_unit_gets_it_back():
    text = "镇纪委收到了当地江桥村村民的信。2018年末，独龙江乡6个行政村整体脱贫。浙江乡村面貌焕然一新，苗族村民笑了。"
    pieces = [("江桥", "LOC"), ("独龙江", "LOC"), ("浙江", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["江桥村", "独龙江乡", "浙江"]


def test_a_name_right_after_a_governors_post_is_its_holder():
    text = "韩正会见美国加利福尼亚州州长纽森。希望纽森州长此访为促进双方合作注入正能量。"
    cleaned = clean_spans(text, spans_of(text, [("美国加利福尼亚州", "LOC"), ("州长", "TITLE"), ("纽森", "LOC"), ("纽森", "LOC")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["纽森", "纽森"]


def test_a_span_opening_inside_a_unit_the_text_names_elsewhere_gets_its_start():
    text = "68岁的邓珠志玛是新龙县甲拉西乡的特困户。和她结对的有甲拉西乡的党委书记英忠。三官洞林区林业站原站长张友直被查。三官洞林区原区长王飞受处分。"
    pieces = [("新龙县甲拉西乡", "LOC"), ("拉西乡", "LOC"), ("党委书记", "TITLE"), ("英忠", "PER"), ("洞林区林业站", "ORG"),
              ("站长", "TITLE"), ("张友直", "PER"), ("三官洞林区", "LOC"), ("区长", "TITLE"), ("王飞", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type in ("LOC", "ORG")] == ["新龙县甲拉西乡", "甲拉西乡", "三官洞林区林业站", "三官洞林区"]


def test_a_determiner_read_into_a_body_is_cut_off():
    text = "广东省惠州市公安局部分民警充当黑恶势力保护伞。主席得到了全军和武警广大官兵的一致拥护。讲话在湖南广大干部群众中引发反响。"
    cleaned = clean_spans(text, spans_of(text, [("广东省惠州市公安局部分", "ORG"), ("武警广大", "ORG"), ("湖南广大", "LOC")]))
    assert [e.text for e in cleaned] == ["广东省惠州市公安局", "武警", "湖南"]


def test_a_place_or_body_stopping_inside_a_common_word_keeps_only_the_name_before_it():
    text = "这一计划遭到意大利工会组织的强烈反对。会议审议了海洋环境保护法修正案草案。黄坤明在中国志愿服务联合会第二届会员代表大会上讲话。"
    pieces = [("意大利工会组", "ORG"), ("海洋环境保", "ORG"), ("黄坤明", "PER"), ("中国志愿服务联合会第二届会员代表大", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("意大利", "LOC"), ("黄坤明", "PER"), ("中国志愿服务联合会", "ORG")]


def test_a_person_or_place_that_is_the_title_of_a_work_is_not_tagged():
    text = "国产动画电影《姜子牙》上映。乐团共同演奏了《黄河》钢琴协奏曲。据《人民日报》报道。"
    pieces = [("姜子牙", "PER"), ("黄河", "LOC"), ("人民日报", "ORG")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["人民日报"]


def test_the_joiner_before_a_leaders_wife_is_cut_off_his_post():
    text = "马克龙请韩正转达对习近平主席和夫人彭丽媛的诚挚问候。"
    cleaned = clean_spans(text, spans_of(text, [("马克龙", "PER"), ("韩正", "PER"), ("习近平", "PER"), ("主席和夫人", "TITLE"), ("彭丽媛", "PER")]))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["主席"]


def test_a_province_or_town_loses_the_big_province_or_stronghold_it_is_called():
    text = "在制造业大省广东，政府搭建了技能平台。政府军在北部重镇阿勒颇继续取得进展。"
    cleaned = clean_spans(text, spans_of(text, [("大省广东", "LOC"), ("重镇阿勒颇", "LOC")]))
    assert [e.text for e in cleaned] == ["广东", "阿勒颇"]


def test_a_sectors_members_or_their_joint_session_name_no_body():
    text = "李克强参加了科协、科技界委员联组会。习近平看望了民革、环境资源界委员。"
    pieces = [("李克强", "PER"), ("科技界委员联组会", "ORG"), ("习近平", "PER"), ("环境资源界委员", "ORG")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["李克强", "习近平"]


def test_a_person_that_is_the_short_name_of_a_desert_the_text_names_is_a_place():
    text = "牧民在库布其沙漠生活了70年。科学治沙，库布其人秉承人与自然和谐共生的理念。"
    cleaned = clean_spans(text, spans_of(text, [("库布其沙漠", "LOC"), ("库布其", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("库布其沙漠", "LOC"), ("库布其", "LOC")]


def test_a_bare_bureau_between_two_posts_keeps_the_chain_of_one_person():
    text = "湖北省纪委监委直接查办的黄冈市原副市长、原公安局局长汪治怀涉嫌徇私枉法。"
    pieces = [("湖北省纪委监委", "ORG"), ("黄冈市", "LOC"), ("副市长", "TITLE"), ("局长", "TITLE"), ("汪治怀", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [
        Official("汪治怀", "副市长", "黄冈市"), Official("汪治怀", "局长", None)]


def test_single_characters_read_as_persons_that_spell_a_post_are_the_post():
    text = "中共中央政治局常委李克强、张德江出席会议。"
    pieces = [("中共中央政治局", "ORG"), ("常", "PER"), ("委", "PER"), ("李克强", "PER"), ("张德江", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned][:3] == [("中共中央政治局", "ORG"), ("常委", "TITLE"), ("李克强", "PER")]


def test_a_bare_kind_of_body_named_whole_is_no_entity_but_a_name_ending_in_it_stays():
    text = "俞正声在招待会上致辞。与中心工作人员交流。H2A火箭从鹿儿岛县种子岛宇宙中心发射。大学生闫卓豪报名参军。"
    pieces = [("俞正声", "PER"), ("招待会", "ORG"), ("中心", "ORG"), ("鹿儿岛县种子岛宇宙中心", "ORG"), ("大学生", "TITLE"),
              ("闫卓豪", "PER")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["俞正声", "鹿儿岛县种子岛宇宙中心", "闫卓豪"]


def test_nothing_is_tagged_inside_everywhere_or_the_planks_of_the_xinjiang_policy():
    text = "这个春节，大江南北喜气洋洋。坚持依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆。"
    pieces = [("大江", "LOC"), ("润疆", "LOC"), ("兴疆", "LOC"), ("建疆", "LOC")]
    assert clean_spans(text, spans_of(text, pieces)) == []


def test_a_numbered_school_after_its_places_unit_is_an_organization():
    text = "疏附县二中学生阿迪拉告诉记者。"
    cleaned = clean_spans(text, spans_of(text, [("疏附县二中", "LOC"), ("阿迪拉", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("疏附县二中", "ORG"), ("阿迪拉", "PER")]


def test_two_spans_that_spell_a_states_name_are_the_state_and_its_emblem_stays_off_it():
    text = "中华人民共和国主席令 第二号。主席台上方中华人民共和国国徽高悬。"
    pieces = [("中华", "ORG"), ("人民共和国", "LOC"), ("中华人民共和国国徽", "LOC")]
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, pieces))] == [
        ("中华人民共和国", "LOC"), ("中华人民共和国", "LOC")]


def test_a_members_post_after_a_name_read_as_a_body_is_the_post():
    text = "郑永飞常委提出，提升工程技术创新能力。南存辉常委建议，深入贯彻“两个毫不动摇”。"
    pieces = [("郑永飞", "PER"), ("常委", "ORG"), ("南存辉常委", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert extract_officials(text, cleaned) == [Official("郑永飞", "常委", None), Official("南存辉", "常委", None)]


def test_a_commanders_holder_is_a_person_and_a_capital_written_with_its_unit_loses_its_descriptor():
    text = "乌武装部队总司令当天与美军欧洲司令部司令卡沃利通话。俄军导致首都基辅市、基辅州断电。"
    pieces = [("美军欧洲司令部", "ORG"), ("卡沃利", "LOC"), ("首都基辅市", "LOC"), ("基辅州", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.text in ("卡沃利", "基辅市", "首都基辅市")] == [("卡沃利", "PER"), ("基辅市", "LOC")]


def test_a_direction_alone_or_a_barrier_lake_is_no_place_but_the_eastern_theatre_command_is_a_body():
    text = "叙利亚政府军前往东部省份代尔祖尔。泥石堵塞河道形成堰塞湖。中国人民解放军东部战区出动作战舰艇。"
    pieces = [("叙利亚", "LOC"), ("东部", "LOC"), ("代尔祖尔", "LOC"), ("堰塞湖", "LOC"), ("中国人民解放军", "ORG"), ("东部", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["叙利亚", "代尔祖尔", "中国人民解放军", "东部战区"]


def test_two_units_of_one_level_joined_by_he_are_two_places_but_a_street_opening_with_he_stays():
    text = "日喀则市吉隆镇和樟木镇震感强烈。社区工作者来到哈尔滨市南岗区和兴路街道。"
    pieces = [("日喀则市吉隆镇和樟木镇", "LOC"), ("哈尔滨市南岗区和兴路街道", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["日喀则市吉隆镇", "樟木镇", "哈尔滨市南岗区和兴路街道"]


def test_two_states_side_by_side_are_two_places_and_the_people_are_no_place():
    text = "秘鲁委内瑞拉宣布互相驱逐外交官。从目前中国印尼两队的状态来看。把受灾群众尽快全部安置到安全地带。"
    pieces = [("秘鲁委内瑞拉", "ORG"), ("中国印尼", "ORG"), ("群众", "LOC")]
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, pieces))] == [
        ("秘鲁", "LOC"), ("委内瑞拉", "LOC"), ("中国", "ORG"), ("印尼", "ORG")]


def test_a_congress_party_or_city_before_a_members_post_is_no_person():
    text = "区政协委员参加视察。石家庄代表团抵京。农工党代表发言。"
    pieces = [("区政协委员", "ORG"), ("石家庄代表", "ORG"), ("农工党代表", "ORG")]
    assert [e.type for e in clean_spans(text, spans_of(text, pieces)) if e.type == "PER"] == []


def test_common_words_jieba_tags_as_names_and_a_doubled_measure_word_read_as_a_post_are_none():
    text = "送去党中央的关怀。新建小区占地4万多平方米。改造提升东兴口岸、道路等基础设施。书法爱好者将祝福写进一副副春联中。"
    pieces = [("关怀", "PER"), ("新建", "LOC"), ("东兴口岸", "LOC"), ("道路", "LOC"), ("副副", "TITLE"), ("春联中", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type != "PER"] == ["党中央", "东兴口岸"] and extract_officials(text, cleaned) == []


def test_a_doctor_called_by_surname_is_no_person():
    text = "现在，陈大夫是这个家庭最信赖的人。村医陈艳梅从1996年至今为村民服务。"
    cleaned = clean_spans(text, spans_of(text, [("陈大夫", "PER"), ("陈艳梅", "PER")]))
    assert [e.text for e in cleaned] == ["陈艳梅"]


def test_lakes_and_ravines_are_generic_and_a_big_city_loses_its_descriptor():
    text = "分布着4000多个大小湖泊的果洛州玛多县。看看山沟沟里的老乡。飞机抵达莱特省第二大城市奥尔莫克。"
    pieces = [("湖泊", "LOC"), ("果洛州玛多县", "LOC"), ("山沟沟", "LOC"), ("莱特省", "LOC"), ("大城市奥尔莫克", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["果洛州玛多县", "莱特省", "奥尔莫克"]


def test_the_quoted_name_of_a_ship_weapon_or_law_is_no_person():
    text = "“库兹涅佐夫”号航母编队本月出海。美国将向以色列提供“萨德”反导系统。古巴启动“赫尔姆斯-伯顿法”第三条。小门野郎，人称“力生”。"
    pieces = [("库兹涅佐夫", "PER"), ("美国", "LOC"), ("以色列", "LOC"), ("萨德", "LOC"), ("古巴", "LOC"), ("赫尔姆斯-伯顿法", "PER"),
              ("力生", "PER")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["美国", "以色列", "古巴", "力生"]


def test_a_name_opening_the_text_or_an_unclosed_law_is_not_read_as_a_quoted_machine():
    assert is_quoted_machine_name(Entity(0, 2, "PER", "萨德"), "萨德号称") is False
    assert is_quoted_machine_name(Entity(1, 9, "PER", "赫尔姆斯-伯顿法"), "“赫尔姆斯-伯顿法") is False
    assert is_quoted_machine_name(Entity(1, 3, "LOC", "萨德"), "“萨德”反导系统") is True


def test_a_persons_home_read_into_the_name_is_cut_where_the_text_names_the_person_without_it():
    text = "村民马俊成为李进祯的帮扶对象。马俊家有3个孩子都在上学。"
    cleaned = clean_spans(text, spans_of(text, [("马俊", "PER"), ("李进祯", "PER"), ("马俊家", "PER")]))
    assert [e.text for e in cleaned] == ["马俊", "李进祯", "马俊"]


def test_a_distance_unit_a_size_and_a_general_branch_word_are_generic():
    text = "京沪高铁实现时速350公里高标运营。提高大中城市的抗震能力。党的总支部委员会每届任期一般为5年。"
    pieces = [("京沪高铁", "LOC"), ("公里", "LOC"), ("大中", "LOC"), ("总支部", "ORG")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["京沪高铁"]


def test_a_person_after_what_a_place_is_is_a_place_and_so_are_its_other_mentions():
    text = "叙利亚古城巴尔米拉被极端组织攻陷。政府军在巴尔米拉开始反击。巴尔米拉位于连接大马士革的路口。北边是叙利亚东部重镇代尔祖尔。"
    pieces = [("叙利亚古城", "ORG"), ("巴尔米拉", "PER"), ("巴尔米拉", "LOC"), ("巴尔米拉", "PER"), ("大马士革", "LOC"), ("叙利亚", "LOC"),
              ("代尔祖尔", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("叙利亚", "LOC"), ("巴尔米拉", "LOC"), ("巴尔米拉", "LOC"), ("巴尔米拉", "LOC"),
                                                   ("大马士革", "LOC"), ("叙利亚", "LOC"), ("代尔祖尔", "LOC")]


def test_a_companys_short_name_read_as_a_person_is_the_company_where_the_text_names_it_whole():
    text = "日本化工巨头东丽株式会社今天曝出丑闻。东丽承认造假。梅里埃集团总裁到场。梅里埃家族同中国人民友好。"
    pieces = [("日本", "LOC"), ("东丽株式会社", "ORG"), ("东丽", "PER"), ("梅里埃集团", "ORG"), ("梅里埃", "PER"), ("中国", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("日本", "LOC"), ("东丽株式会社", "ORG"), ("东丽", "ORG"), ("梅里埃集团", "ORG"),
                                                   ("梅里埃", "PER"), ("中国", "LOC")]


def test_a_place_read_on_into_its_units_doubled_character_gives_it_back():
    text = "湖南衡阳县县城上演了惊险一幕。地铁隧道攻克长江江心复杂地质难题。地震还导致克拉伦斯河河边的山体滑坡。安徽六安市的固镇镇，全镇15个村。"
    pieces = [("湖南衡阳县县", "LOC"), ("长江江", "LOC"), ("克拉伦斯河河", "LOC"), ("安徽六安市", "LOC"), ("固镇镇", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned] == ["湖南衡阳县", "长江", "克拉伦斯河", "安徽六安市", "固镇镇"]


def test_a_body_read_on_into_a_verb_late_or_short_gives_the_verb_back():
    text = "5月19日，财政部发行今年第三期国债。会晤后表示，欧盟不会与英国谈判。农业银行宁波市分行与雅戈尔签约。"
    pieces = [("财政部发行", "ORG"), ("欧盟不会", "ORG"), ("英国", "LOC"), ("农业银行宁波市分行", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned] == ["财政部", "欧盟", "英国", "农业银行宁波市分行"]


def test_an_old_village_doctor_and_a_thousand_villages_of_a_campaign_name_no_place():
    text = "而老村医裴光鑫今年已经70多岁了。“千村示范、万村整治”应运而生。"
    pieces = [("老村", "LOC"), ("裴光鑫", "PER"), ("千村", "LOC"), ("万村", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["裴光鑫"]


def test_a_tibetan_name_read_as_a_village_after_a_post_or_among_people_is_a_person():
    text = "自治区人大常委会主任洛桑江村、自治区人民政府主席齐扎拉等在机场欢迎。首次对罗布林卡的古籍进行修复。"
    pieces = [("自治区人大常委会", "ORG"), ("主任", "TITLE"), ("洛桑江村", "LOC"), ("自治区人民政府", "ORG"), ("主席", "TITLE"),
              ("齐扎拉", "PER"), ("罗布林卡", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.type in ("PER", "LOC")] == [("洛桑江村", "PER"), ("齐扎拉", "PER"), ("罗布林卡", "LOC")]


def test_a_span_inside_a_citys_name_is_read_as_the_whole_city():
    text = "在叙利亚北部阿勒颇遭到袭击。以军对加沙南部城市汗尤尼斯实施包围。在利比亚首都的黎波里等地。"
    pieces = [("叙利亚", "LOC"), ("阿勒", "LOC"), ("加沙", "LOC"), ("尤尼斯", "PER"), ("利比亚", "LOC"), ("的黎波", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("叙利亚", "LOC"), ("阿勒颇", "LOC"), ("加沙", "LOC"), ("汗尤尼斯", "LOC"),
                                                   ("利比亚", "LOC"), ("的黎波里", "LOC")]


def test_a_place_read_on_into_a_protected_species_is_cut_before_it():
    text = "最新观测数据显示，钦州三娘湾中华白海豚种群数量不断增加。"
    cleaned = clean_spans(text, spans_of(text, [("钦州三娘湾中华", "LOC")]))
    assert [e.text for e in cleaned] == ["钦州三娘湾"]


def test_a_name_before_a_comma_and_shi_holds_the_post_after_it():
    text = "十九大代表李爽，是河南邓州市孟楼镇党委书记。张三，是否参会还没有定，村党支部书记带队"
    spans = spans_of(text, [("代表", "TITLE"), ("李爽", "PER"), ("河南邓州市孟楼镇", "LOC"), ("党委书记", "TITLE"), ("张三", "PER"),
                            ("党支部书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("代表", "TITLE"), ("李爽", "PER"), ("河南邓州市孟楼镇", "LOC"), ("党委书记", "TITLE"),
                                                   ("张三", "PER")]
    assert Official("李爽", "党委书记", "河南邓州市孟楼镇") in extract_officials(text, cleaned)


def test_europe_inside_brexit_is_no_place():
    text = "欧盟不会与英国就“脱欧”协议重新谈判。英国推动“无协议脱欧”。"
    pieces = [("欧盟", "ORG"), ("英国", "LOC"), ("欧", "LOC"), ("英国", "LOC"), ("欧", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["欧盟", "英国", "英国"]


def test_a_person_and_a_body_read_across_the_comma_of_a_list_of_officials_are_parted():
    text = "商务部部长高虎城、工商总局局长张茅到会。中关村科技园雍和园、歌华有线电视网络公司。"
    pieces = [("商务部", "ORG"), ("部长", "TITLE"), ("高虎城、工商总局", "ORG"), ("局长", "TITLE"), ("张茅", "PER"),
              ("中关村科技园", "LOC"), ("雍和园、歌华有线电视网络公司", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned][:5] == [("商务部", "ORG"), ("部长", "TITLE"), ("高虎城", "PER"), ("工商总局", "ORG"),
                                                       ("局长", "TITLE")]
    assert ("雍和园", "PER") not in [(e.text, e.type) for e in cleaned]
    assert Official("高虎城", "部长", "商务部") in extract_officials(text, cleaned)


def test_prosperity_the_olympics_an_arena_and_shared_beauty_name_nothing():
    text = "如今的百坭村产业兴旺。圣火在古奥林匹亚遗址的竞技场采集，奥运火种会乘船离开希腊。坚持美人之美、美美与共。"
    pieces = [("百坭村", "LOC"), ("兴旺", "LOC"), ("古奥林匹亚遗址", "LOC"), ("竞技场", "LOC"), ("奥运", "LOC"), ("希腊", "LOC"),
              ("美美", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["百坭村", "古奥林匹亚遗址", "希腊"]


def test_civilization_is_cut_off_the_place_it_was_read_with():
    text = "感受璀璨的中华文明。详细了解秘鲁和拉美文明的历史脉络。"
    pieces = [("中华文明", "LOC"), ("秘鲁", "LOC"), ("拉美文明", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("中华", "LOC"), ("秘鲁", "LOC"), ("拉美", "LOC")]


def test_a_states_side_or_abbreviation_read_on_into_a_verb_or_its_economy_is_the_state():
    text = "马尔代夫总统表示，马方愿以两国建交40周年为契机。中方支持马经济社会发展。法方赞助委员会主席梅里埃到场。俄方会就这些建议进行研究。"
    pieces = [("马尔代夫", "LOC"), ("总统", "TITLE"), ("马方愿", "PER"), ("中", "LOC"), ("马经济社会", "ORG"), ("法方赞助委员会", "ORG"),
              ("主席", "TITLE"), ("梅里埃", "PER"), ("俄方会", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.type in ("LOC", "ORG")] == [
        ("马尔代夫", "LOC"), ("马", "LOC"), ("中", "LOC"), ("马", "LOC"), ("法方赞助委员会", "ORG"), ("俄", "LOC")]


def test_a_queue_our_home_planet_going_upstream_and_a_sapling_name_nothing():
    text = "送粮车辆排起了长龙。野生动物是地球家园的重要成员。企业开始顺江而上。当年的小树苗已长成大树。"
    pieces = [("长龙", "LOC"), ("地球家园", "LOC"), ("顺江", "LOC"), ("小树苗", "PER")]
    assert clean_spans(text, spans_of(text, pieces)) == []


def test_a_post_listed_alone_after_an_official_takes_the_body_of_the_official_before():
    text = "给予三官洞林区原区长王飞、原副区长宋昌林党内警告处分。江西省委书记刘奇、省长易炼红出席。外交部部长王毅、国务委员李四出席。"
    pieces = [("三官洞林区", "LOC"), ("区长", "TITLE"), ("王飞", "PER"), ("副区长", "TITLE"), ("宋昌林", "PER"), ("江西省委", "ORG"),
              ("书记", "TITLE"), ("刘奇", "PER"), ("省长", "TITLE"), ("易炼红", "PER"), ("外交部", "ORG"), ("部长", "TITLE"),
              ("王毅", "PER"), ("国务委员", "TITLE"), ("李四", "PER")]
    officials = extract_officials(text, spans_of(text, pieces))
    assert Official("宋昌林", "副区长", "三官洞林区") in officials
    assert Official("易炼红", "省长", "江西省") in officials
    assert Official("李四", "国务委员", None) in officials


def test_a_party_organ_and_former_left_between_a_village_and_its_post_go_into_the_post():
    text = "江苏省徐州市铜山区张集镇水口村党支部原书记郑帅涉嫌贪污。云南省彝良县洛泽河镇仓盈村党总支原委员邓传贵套取资金。"
    pieces = [("江苏省徐州市铜山区张集镇水口村", "LOC"), ("书记", "TITLE"), ("郑帅", "PER"), ("云南省彝良县洛泽河镇仓盈村", "LOC"),
              ("党总支", "TITLE"), ("委员", "TITLE"), ("邓传贵", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["党支部原书记", "党总支原委员"]
    assert extract_officials(text, cleaned) == [Official("郑帅", "党支部原书记", "江苏省徐州市铜山区张集镇水口村"),
                                                Official("邓传贵", "党总支原委员", "云南省彝良县洛泽河镇仓盈村")]


def test_the_count_after_places_listed_is_cut_off_but_a_regions_name_and_a_city_keep_theirs():
    text = "美国、英国、加拿大三国领导人举行会谈。连通晋、陕、甘三省的公路。东北三省粮食增产。停靠在波尔多市的邮轮。“三区三州”脱贫。"
    pieces = [("美国", "LOC"), ("英国", "LOC"), ("加拿大三国", "LOC"), ("晋", "LOC"), ("陕", "LOC"), ("甘三省", "LOC"),
              ("东北三省", "LOC"), ("波尔多市", "LOC"), ("三区三州", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned] == ["美国", "英国", "加拿大", "晋", "陕", "甘", "东北三省", "波尔多市", "三区三州"]


def test_lychees_and_a_capital_city_as_a_common_noun_are_generic():
    text = "从陕西的苹果到广东的荔枝。曾有10个王朝以这里为都城。"
    pieces = [("陕西", "LOC"), ("广东", "LOC"), ("荔枝", "LOC"), ("都城", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["陕西", "广东"]


def test_places_joined_by_a_middle_dot_are_parted_but_a_transliterated_name_stays():
    text = "首届内蒙古·广东科技合作活动周开幕。拉·苏弗里耶尔火山连续喷发。"
    pieces = [("内蒙古·广东", "LOC"), ("拉·苏弗里耶尔", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == ["内蒙古", "广东", "拉·苏弗里耶尔"]


def test_a_unique_body_read_in_part_is_made_whole():
    text = "这也是阿富汗塔利班新头目继任后的首次袭击。一年来，人民政协着力强化思想理论武装。"
    pieces = [("阿富汗", "LOC"), ("塔利", "PER"), ("人民", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("阿富汗", "LOC"), ("塔利班", "ORG"), ("人民政协", "ORG")]


def test_a_bare_institute_and_society_read_as_bodies_are_dropped():
    text = "贺国强来到北京低碳清洁能源研究所。在研究所沙盘前，贺国强同研究所所长乔恩·迈克尔·戴维斯交谈。深度融入秘社会和文化。"
    pieces = [("贺国强", "PER"), ("北京低碳清洁能源研究所", "ORG"), ("研究所", "ORG"), ("贺国强", "PER"), ("研究所", "ORG"),
              ("所长", "TITLE"), ("乔恩·迈克尔·戴维斯", "PER"), ("社会", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert "研究所" not in [e.text for e in cleaned] and "社会" not in [e.text for e in cleaned]
    assert Official("乔恩·迈克尔·戴维斯", "所长", "北京低碳清洁能源研究所") in extract_officials(text, cleaned)


def test_a_person_right_after_enterprise_or_giant_is_a_company_but_a_chinese_name_stays():
    text = "在考察自贸区内的外资企业思爱普时。这是军工企业三菱设立的工厂。该企业张建国介绍。"
    pieces = [("思爱普", "PER"), ("三菱", "PER"), ("张建国", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("思爱普", "ORG"), ("三菱", "ORG"), ("张建国", "PER")]


def test_cadres_taking_charge_of_villages_name_no_place():
    text = "2011年，右玉县启动了领导干部包村增收制度。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("右玉县", "LOC"), ("包村", "LOC")]))] == ["右玉县"]


def test_a_place_abbreviation_that_opens_a_person_named_elsewhere_is_the_person():
    text = "国务院副总理韩正出席。韩正还向胜利纪念碑献花。中韩关系良好。"
    pieces = [("国务院", "ORG"), ("副总理", "TITLE"), ("韩正", "PER"), ("韩", "LOC"), ("中", "LOC"), ("韩", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.type in ("PER", "LOC")] == [("韩正", "PER"), ("韩正", "PER"), ("中韩", "LOC")]


def test_a_campaign_word_is_cut_off_the_place_it_names_but_not_off_a_common_noun():
    text = "共同建设美丽新疆。健康中国建设正式实施。将美丽海湾建设重点推进。"
    pieces = [("美丽新疆", "LOC"), ("健康中国", "LOC"), ("美丽海湾", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned][:2] == ["新疆", "中国"] and "海湾" not in [e.text for e in cleaned]


def test_free_trade_is_cut_off_the_states_whose_agreement_it_names():
    text = "两国元首共同宣布完成中韩自贸协定实质性谈判。"
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("中韩自贸", "ORG")]))] == [("中韩", "LOC")]


def test_a_committees_word_read_into_the_post_goes_back_to_the_body():
    text = "中央宣讲团成员、全国政协社会和法制委员会副主任施芝鸿作报告。"
    pieces = [("全国政协社会和法制", "ORG"), ("委员会副主任", "TITLE"), ("施芝鸿", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("全国政协社会和法制委员会", "ORG"), ("副主任", "TITLE"), ("施芝鸿", "PER")]
    assert extract_officials(text, cleaned) == [Official("施芝鸿", "副主任", "全国政协社会和法制委员会")]


def test_an_affairs_post_takes_its_field_left_untagged_before_it():
    text = "美国总统国家安全事务助理约翰·博尔顿1日表示。哈塔米立即任命努里为发展与社会事务副总统。"
    pieces = [("美国", "LOC"), ("总统", "TITLE"), ("事务助理", "TITLE"), ("约翰·博尔顿", "PER"), ("哈塔米", "PER"), ("努里", "PER"),
              ("事务副总统", "TITLE")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    # the aide's post is joined to the office it serves last (posts_side_by_side_joined), as the scorers merge them
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["总统国家安全事务助理", "发展与社会事务副总统"]


def test_a_groups_name_left_untagged_after_a_list_comma_becomes_the_posts_body():
    text = "中共中央政治局常委、中央全面深化改革领导小组副组长李克强出席会议。"
    pieces = [("中共中央政治局", "ORG"), ("常委", "TITLE"), ("领导小组副组长", "TITLE"), ("李克强", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("中共中央政治局", "ORG"), ("常委", "TITLE"), ("中央全面深化改革领导小组", "ORG"),
                                                   ("副组长", "TITLE"), ("李克强", "PER")]
    assert Official("李克强", "副组长", "中央全面深化改革领导小组") in extract_officials(text, cleaned)


def test_a_compass_point_is_no_place_but_a_states_abbreviation_is():
    text = "叙利亚总统指责西方支持恐怖主义。我国向西开放。项目西起青岛。西班牙将召回驻西大使。"
    spans = [Entity(at, at + 1, "LOC", "西") for at in range(len(text)) if text[at] == "西" and text[at + 1] != "班"]
    cleaned = clean_spans(text, spans)
    assert [(e.start, e.text) for e in cleaned if e.text == "西"] == [(text.index("驻西") + 1, "西")]


def test_a_place_that_related_affairs_name_is_the_place_and_a_kind_of_affairs_is_none():
    text = "在涉港、涉疆问题上的立场。曝光的12间涉黄娱乐场所。涉县的扶贫工作。登华岳、涉黄河。"
    pieces = [("涉港", "LOC"), ("涉疆", "LOC"), ("黄娱乐场所", "ORG"), ("涉县", "LOC"), ("黄河", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("港", "LOC"), ("疆", "LOC"), ("涉县", "LOC"), ("黄河", "LOC")]


def test_a_name_ending_on_the_first_character_of_a_common_word_is_cut_back_or_dropped():
    text = "夏粮丰收已成定局。李克强在柏林总统府会见总统。坐落在栋梁河边的悬崖上。十八大新闻组组长雒树刚出席。"
    pieces = [("夏粮丰", "ORG"), ("柏林总", "LOC"), ("栋梁河", "LOC"), ("十八大新闻组", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.type != "PER" and e.type != "TITLE"] == [
        ("柏林", "LOC"), ("栋梁河", "LOC"), ("十八大新闻组", "ORG")]


def test_a_name_of_the_dictionary_read_in_pieces_is_read_whole_from_its_start():
    text = "其中北达科他州过去一周阳性检出率上升。以色列国防军27号发表声明。记者登录中国工商银行官方网站。"
    pieces = [("北", "LOC"), ("科他州", "LOC"), ("以", "LOC"), ("列国防军", "ORG"), ("工商银行", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("北达科他州", "LOC"), ("以色列国防军", "ORG"), ("工商银行", "ORG")]


def test_a_function_word_and_a_common_word_after_a_held_post_is_no_person():
    text = "习近平总书记向全国宗教界人士致以问候。"
    pieces = [("习近平", "PER"), ("总书记", "TITLE"), ("向全国", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("习近平", "PER"), ("总书记", "TITLE")]
    assert extract_officials(text, cleaned) == [Official("习近平", "总书记", None)]


def test_a_mongolian_village_or_township_is_one_place_with_its_name():
    text = "在兴安盟科右中旗代钦塔拉嘎查的肉牛养殖基地。如今，沙林呼都格嘎查的梭梭林。全旗有138个嘎查村。巴林右旗西拉沐沦苏木党委书记 田海峰"
    pieces = [("兴安盟科右中旗", "LOC"), ("代钦塔拉嘎", "PER"), ("沙林", "PER"), ("嘎查村", "LOC"), ("巴林右旗西拉", "ORG"),
              ("苏木", "PER"), ("党委书记", "TITLE"), ("田海峰", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [
        ("兴安盟科右中旗", "LOC"), ("代钦塔拉嘎查", "LOC"), ("沙林呼都格嘎查", "LOC"), ("巴林右旗", "LOC"), ("西拉沐沦苏木", "LOC"),
        ("党委书记", "TITLE"), ("田海峰", "PER")]
    assert extract_officials(text, cleaned) == [Official("田海峰", "党委书记", "巴林右旗西拉沐沦苏木")]


def test_a_chief_officers_post_read_into_the_holders_name_is_given_back():
    text = "波兰首席兽医官聂穆楚克1月31日说，波兰向欧盟提供了信息。"
    pieces = [("波兰", "LOC"), ("兽医", "TITLE"), ("官聂穆楚克", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned][:3] == [("波兰", "LOC"), ("首席兽医官", "TITLE"), ("聂穆楚克", "PER")]
    assert extract_officials(text, cleaned) == [Official("聂穆楚克", "首席兽医官", "波兰")]


def test_the_state_councils_poverty_office_by_its_short_name_is_one_body():
    text = "记者从国务院扶贫办了解到，今年将有约100个贫困县脱贫摘帽。"
    cleaned = clean_spans(text, spans_of(text, [("国务院", "ORG")]))
    assert [(e.text, e.type) for e in cleaned] == [("国务院扶贫办", "ORG")]


def test_a_person_before_a_fund_names_the_fund():
    text = "丁薛祥3日出席何梁何利基金2024年度颁奖大会。他曾任基金经理。"
    cleaned = clean_spans(text, spans_of(text, [("丁薛祥", "PER"), ("何梁何利", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("丁薛祥", "PER"), ("何梁何利基金", "ORG")]


def test_nothing_is_tagged_inside_a_quoted_name_that_ends_with_its_year():
    text = "“和平使命―2013”中俄两国联合反恐军演今天举行。做好“中国制造2025”与德国“工业4.0”对接。"
    pieces = [("和平", "ORG"), ("中俄", "LOC"), ("中国", "LOC"), ("德国", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("中俄", "LOC"), ("德国", "LOC")]


def test_nothing_is_tagged_inside_a_quoted_programmes_title():
    text = "央视“坐着高铁看中国”特别节目将从1日起播出。"
    assert clean_spans(text, spans_of(text, [("中国", "LOC")])) == []


def test_a_person_and_a_piece_beside_it_are_the_place_the_text_tags_whole_elsewhere():
    text = "约700名武装分子将撤出达拉亚。数十辆车辆缓缓驶入达拉亚。"
    pieces = [("达拉亚", "LOC"), ("达拉", "PER"), ("亚", "LOC")]
    spans, at = [], 0
    for piece, kind in pieces:
        at = text.index(piece, at)
        spans.append(Entity(at, at + len(piece), kind, piece))
        at += len(piece)
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("达拉亚", "LOC"), ("达拉亚", "LOC")]


def test_a_place_that_begins_a_city_jieba_reads_whole_is_made_the_city():
    text = "达拉亚距离大马士革仅8公里。列车开往斯图加特和法兰克福。"
    cleaned = clean_spans(text, spans_of(text, [("达拉亚", "LOC"), ("大马", "LOC"), ("斯图加特", "LOC"), ("法兰克", "LOC")]))
    assert [e.text for e in cleaned] == ["达拉亚", "大马士革", "斯图加特", "法兰克福"]


def test_a_river_read_with_its_water_is_the_river():
    text = "大量引用黄河水超出环境承载能力。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("黄河水", "LOC")]))] == ["黄河"]


def test_a_place_read_on_into_a_common_verb_late_is_cut_back_but_a_companys_name_stays():
    text = "现在，永州市已出台《政务服务中心标准》。广东汕尾集中签约重点投资项目。联想将于6月23日在北京联想总部启动。"
    pieces = [("永州市已出台", "ORG"), ("广东汕尾集中", "ORG"), ("北京联想", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("永州市", "LOC"), ("广东汕尾", "LOC"), ("北京联想", "ORG")]


def test_a_place_and_a_person_read_apart_are_one_name():
    text = "中国驻东盟大使欧阳玉靖、驻马来西亚大使出席。乌军在巴赫穆特、新帕夫利夫卡等方向作战。山东济宁小宁等读者来信。"
    pieces = [("欧阳", "LOC"), ("玉靖", "PER"), ("巴赫", "LOC"), ("穆特", "PER"), ("山东济宁", "LOC"), ("小宁", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.text in ("欧阳玉靖", "巴赫穆特", "山东济宁", "小宁", "欧阳", "玉靖", "巴赫", "穆特")] == [
        ("欧阳玉靖", "PER"), ("巴赫穆特", "LOC"), ("山东济宁", "LOC"), ("小宁", "PER")]


def test_a_transliterated_name_read_as_a_person_and_a_place_is_one_name():
    text = "南非总统拉马福萨20日发表讲话。乌军在库拉霍沃方向击退进攻。"
    pieces = [("南非", "LOC"), ("总统", "TITLE"), ("拉马", "PER"), ("福萨", "LOC"), ("库拉", "PER"), ("霍沃", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.text != "乌"] == [
        ("南非", "LOC"), ("总统", "TITLE"), ("拉马福萨", "PER"), ("库拉霍沃", "LOC")]


def test_a_name_ending_on_the_first_character_of_a_word_that_ends_names_is_given_the_word():
    text = "随着平陆运河青年枢纽首仓船闸开工。他到位于苫小牧市的丰田汽车北海道厂区参观。"
    cleaned = clean_spans(text, spans_of(text, [("平陆运", "LOC"), ("苫小牧市", "LOC"), ("丰田汽", "ORG")]))
    assert [(e.text, e.type) for e in cleaned] == [("平陆运河", "LOC"), ("苫小牧市", "LOC"), ("丰田汽车", "ORG")]


def test_a_place_read_into_the_revolutionary_base_areas_word_keeps_the_place():
    text = "2021年，太行革命老区地区生产总值增长。"
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("太行革", "LOC")]))] == [("太行", "LOC")]


def test_a_levels_discipline_and_supervisory_commissions_named_together_are_no_body():
    text = "赵乐际到省纪委监委、省委巡视办看望干部。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("赵乐际", "PER"), ("省纪委监委", "ORG")]))] == ["赵乐际"]


def test_a_verb_read_into_the_start_of_a_body_before_a_place_is_cut_off():
    text = "杨洁篪在参加辽宁代表团审议时说。云南省负责同志及常驻联合国代表团代表作交流发言。"
    cleaned = clean_spans(text, spans_of(text, [("杨洁篪", "PER"), ("参加辽宁代表团", "ORG"), ("常驻联合国代表团", "ORG")]))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["辽宁代表团", "常驻联合国代表团"]


def test_a_city_read_as_a_body_before_the_games_it_hosts_is_a_place():
    text = "韩国衷心祝愿杭州亚运会取得圆满成功。中央广播电视总台进博会报道工作启动。"
    cleaned = clean_spans(text, spans_of(text, [("韩国", "LOC"), ("杭州", "ORG"), ("中央广播电视总台", "ORG")]))
    assert [(e.text, e.type) for e in cleaned] == [("韩国", "LOC"), ("杭州", "LOC"), ("中央广播电视总台", "ORG")]


def test_a_chains_town_named_alone_after_a_preposition_jieba_reads_into_it_is_tagged():
    text = "从武都区外纳镇的老村到安置小区。在外纳镇，记者见到了群测群防员杨明福。"
    cleaned = clean_spans(text, spans_of(text, [("武都区外纳镇", "LOC"), ("杨明福", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("武都区外纳镇", "LOC"), ("外纳镇", "LOC"), ("杨明福", "PER")]


def test_a_name_read_one_character_on_past_a_name_the_text_tags_elsewhere_is_cut_back():
    text = "在东湖新技术开发区光谷生物城里，研发大楼拔地而起。光谷生物城已有企业2000家。记者来到阿勒颇市中心。阿勒颇已恢复供电。"
    pieces = [("东湖新技术开发区光谷生物城里", "LOC"), ("光谷生物城", "LOC"), ("阿勒颇市", "LOC"), ("阿勒颇", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned] == ["东湖新技术开发区光谷生物城", "光谷生物城", "阿勒颇", "阿勒颇"]


def test_a_commanders_post_left_untagged_before_the_holder_is_tagged():
    text = "乌克兰武装部队总司令扎卢日内当天与美军欧洲司令部司令卡沃利通话。"
    pieces = [("乌克兰武装部队", "ORG"), ("扎卢日内", "PER"), ("美军欧洲司令部", "ORG"), ("卡沃利", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["总司令", "司令"]
    assert extract_officials(text, cleaned) == [Official("扎卢日内", "总司令", "乌克兰武装部队"),
                                                Official("卡沃利", "司令", "美军欧洲司令部")]


def test_an_armys_unit_named_in_full_before_a_post_refers_back_to_no_earlier_unit():
    text = "俄国防部称，乌军特种部队试图登陆。塔斯社援引俄军辐射、化学和生物防护部队司令基里洛夫的话报道。"
    pieces = [("俄国防部", "ORG"), ("乌军特种部队", "ORG"), ("塔斯社", "ORG"), ("司令", "TITLE"), ("基里洛夫", "PER")]
    spans = spans_of(text, pieces)
    assert extract_officials(text, spans) == [Official("基里洛夫", "司令", None)]


def test_a_person_whose_given_name_is_a_place_word_before_a_verb_of_speaking_is_a_person():
    text = "送粮车辆一大早就排起了长龙。柏长城告诉记者，今年的丰收来之不易。"
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("柏长城", "LOC")]))] == [("柏长城", "PER")]


def test_a_name_in_a_list_of_people_before_he_is_a_person():
    text = "直接责任人芦艾林、范先红和河南村村民委员会主任王东受到处分。"
    pieces = [("芦艾林", "PER"), ("范先红", "ORG"), ("河南村村民委员会", "ORG"), ("主任", "TITLE"), ("王东", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert ("范先红", "PER") in [(e.text, e.type) for e in cleaned]


def test_a_name_read_as_a_body_where_it_is_appointed_or_a_post_follows_is_a_person():
    text = "免去孙绍骋的民政部部长职务，任命裴金佳为退役军人事务部部长。孙东生委员代表民建中央发言。"
    cleaned = clean_spans(text, spans_of(text, [("裴金佳", "ORG"), ("孙东生", "ORG")]))
    assert [(e.text, e.type) for e in cleaned if e.text in ("裴金佳", "孙东生")] == [("裴金佳", "PER"), ("孙东生", "PER")]


def test_a_village_named_twice_by_a_rare_word_of_jiebas_is_tagged():
    text = "温家宝来到受灾的油房村村民家中看望。随后，温家宝离开油房村，继续察看灾情。"
    cleaned = clean_spans(text, spans_of(text, [("温家宝", "PER"), ("温家宝", "PER")]))
    assert [e.text for e in cleaned if e.type == "LOC"] == ["油房村", "油房村"]


def test_a_two_character_place_ending_on_a_words_first_character_is_cut_to_its_state_or_dropped():
    text = "当地打造出火山黑豆、红芝麻等特色农产品。过去24小时，乌空军对俄军多个人员密集区发动打击。中拉关系实现跨越式发展。"
    pieces = [("红芝", "LOC"), ("乌空", "ORG"), ("中拉", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.text in ("红芝", "乌空", "乌", "中拉")] == [("乌", "LOC"), ("中拉", "LOC")]


def test_zhang_as_a_measure_word_after_a_numeral_or_demonstrative_is_no_surname():
    """这张照片是罗长姐的小儿子拍的 (CCTV news: the tagger read 张照 as a person, and a completion made 张照片): 张 after 这,
    一 or another numeral or demonstrative counts flat things; not after 之一 (创始人之一|张太雷: MSRA's and People's
    Daily's only gold person so placed)."""
    text = "这张照片是罗长姐的小儿子拍的。青年团创始人之一张太雷同志诞辰120周年。"
    cleaned = clean_spans(text, spans_of(text, [("张照", "PER"), ("罗长姐", "PER"), ("张太雷", "PER")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["罗长姐", "张太雷"]



def test_the_oceans_warm_and_cool_phases_are_no_names():
    """我国进入“拉尼娜”状态 (CCTV news, read as a person twice); MSRA leaves 厄尔尼诺 untagged 29 times in 29."""
    text = "我国进入“拉尼娜”状态。国家海洋环境预报中心表示，拉尼娜和厄尔尼诺都会影响气候。"
    spans = spans_of(text, [("拉尼娜", "PER"), ("国家海洋环境预报中心", "ORG"), ("拉尼娜", "PER"), ("厄尔尼诺", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("国家海洋环境预报中心", "ORG")]


def test_a_name_followed_by_the_same_character_at_both_its_mentions_is_given_it():
    text = "李强同新加坡总理黄循财互致贺电。黄循财表示，多年来两国合作成果丰硕。"
    cleaned = clean_spans(text, spans_of(text, [("李强", "PER"), ("新加坡", "LOC"), ("总理", "TITLE"), ("黄循", "PER")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["李强", "黄循财", "黄循财"]


def test_a_name_is_not_given_a_particle_or_verb_that_follows_it_at_every_mention():
    text = "赵明之憨，憨在为人；赵明之智，智在专业。总理莫迪致慰问电。李强向莫迪致慰问电。"
    pieces = [("赵明", "PER"), ("赵明", "PER"), ("总理", "TITLE"), ("莫迪", "PER"), ("李强", "PER"), ("莫迪", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "PER"] == ["赵明", "赵明", "莫迪", "李强", "莫迪"]
    # a speaker's 作 (gives a report) after every mention (全国人大常委会秘书长刘奇作的关于…: CCTV news, which the tagger read
    # as 刘奇 both times): the verb, not the name's end
    text = "会议听取了全国人大常委会秘书长刘奇作的关于设立代表工作委员会的决定草案的报告。会议还听取了刘奇作的关于任免案的报告。"
    cleaned = clean_spans(text, spans_of(text, [("全国人大常委会", "ORG"), ("秘书长", "TITLE"), ("刘奇", "PER"), ("刘奇", "PER")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["刘奇", "刘奇"]
    text = "会议听取了全国人大常委会副委员长兼秘书长王晨作的大会秘书处工作报告。会议还听取了王晨作的大会秘书处关于议案处理意见的报告。"
    cleaned = clean_spans(text, spans_of(text, [("全国人大常委会", "ORG"), ("副委员长", "TITLE"), ("秘书长", "TITLE"),
                                                ("王晨", "PER"), ("王晨", "PER")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["王晨", "王晨"]


def test_a_name_of_no_common_surname_followed_by_the_same_character_at_every_mention_is_given_it():
    text = "西当村有一位叫香九妹的乡村保健员。香九妹说，只要自己还能走，就要去看看。这个系列是斯蒂芬金最负盛名的小说，斯蒂芬金的读者很多。"
    cleaned = clean_spans(text, spans_of(text, [("香九", "PER"), ("斯蒂芬", "PER")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["香九妹", "香九妹", "斯蒂芬金", "斯蒂芬金"]


def test_vehicles_read_as_a_body_are_no_entity():
    text = "因为没有足够的运输车辆，公司物流中心副总监郭玮就带着同事们用私家车运送。"
    cleaned = clean_spans(text, spans_of(text, [("车辆", "ORG"), ("郭玮", "PER")]))
    assert [e.text for e in cleaned if e.type == "ORG"] == []


def test_a_date_in_digits_read_onto_a_person_is_cut_off():
    text = "国际电信联盟是主管信息通信技术事务的联合国专门机构。赵厚麟2014年当选为这一组织的秘书长。"
    cleaned = clean_spans(text, spans_of(text, [("国际电信联盟", "ORG"), ("联合国", "ORG"), ("赵厚麟2014年", "PER")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["赵厚麟"]


def test_a_russian_womans_name_is_given_its_last_character_wa():
    text = "俄罗斯外交部发言人扎哈罗娃18日表示，美方完全不顾乌克兰东部民众的处境。"
    pieces = [("俄罗斯外交部", "ORG"), ("发言人", "TITLE"), ("扎哈罗", "PER"), ("美", "LOC"), ("乌克兰", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "PER"] == ["扎哈罗娃"]
    assert extract_officials(text, cleaned) == [Official("扎哈罗娃", "发言人", "俄罗斯外交部")]


def test_a_city_of_chinas_read_alone_as_a_body_is_a_place_but_not_before_a_bodys_word():
    text = "一家公司的负责人专程赶来，主动履行欠南昌一家公司43万元工程款。广州局调度所每天要指挥列车。"
    cleaned = clean_spans(text, spans_of(text, [("南昌", "ORG"), ("广州", "ORG")]))
    assert [(e.text, e.type) for e in cleaned if e.text in ("南昌", "广州")] == [("南昌", "LOC"), ("广州", "ORG")]


def test_all_of_a_country_read_as_a_body_is_no_entity():
    text = "目前，全美多州医院的重症监护床位几乎饱和。"
    assert clean_spans(text, spans_of(text, [("全美", "ORG")])) == []


def test_a_county_named_short_after_its_province_is_tagged_with_its_unit_later():
    text = "云南景谷6.6级地震救灾安置今天继续紧张进行。截至今天下午三点，景谷县已集中转移安置3.7万人。"
    cleaned = clean_spans(text, spans_of(text, [("云南景谷", "LOC")]))
    assert [e.text for e in cleaned if e.type == "LOC"] == ["云南景谷", "景谷县"]


def test_a_town_left_untagged_after_its_county_joins_the_chain():
    text = "平安县三合镇73岁的平有花，一直独自生活。"
    cleaned = clean_spans(text, spans_of(text, [("平安县", "LOC")]))
    assert [e.text for e in cleaned if e.type == "LOC"] == ["平安县三合镇"]


def test_a_name_read_as_a_place_made_a_person_late_is_still_given_the_character_after_every_mention():
    text = ("日喀则市仁欧村的党支部书记尼玛石曲。他2012年上任。这几天，尼玛石曲带着村民加紧搞林卡。"
            "合作社从成立起就年年亏损。尼玛石曲上任后，一边动员村民入股。为了更好地服务村民，尼玛石曲还自学了电焊。")
    pieces = [("日喀则市仁欧村", "LOC"), ("党支部书记", "TITLE"), ("尼玛", "PER"), ("尼玛", "LOC"), ("尼玛石", "LOC"),
              ("尼玛", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "PER"] == ["尼玛石曲"] * 4


def test_the_post_of_a_person_read_as_a_body_and_made_a_person_late_is_kept():
    text = "会议决定免去孙绍骋的退役军人事务部部长职务，任命裴金佳为退役军人事务部部长。"
    pieces = [("孙绍骋", "PER"), ("退役军人事务部", "ORG"), ("部长", "TITLE"), ("裴金佳", "ORG"), ("退役军人事务部", "ORG"),
              ("部长", "TITLE")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert Official("裴金佳", "部长", "退役军人事务部") in extract_officials(text, cleaned)


def test_a_post_held_besides_noted_in_brackets_still_appoints_the_name_before_it():
    text = "任命常万全(兼)为国防部部长；\n任命杨晶(蒙古族，兼)为国务院秘书长；"
    pieces = [("常万全", "PER"), ("国防部", "ORG"), ("部长", "TITLE"), ("杨晶", "PER"), ("国务院", "ORG"), ("秘书长", "TITLE")]
    assert extract_officials(text, spans_of(text, pieces)) == [Official("常万全", "部长", "国防部"), Official("杨晶", "秘书长", "国务院")]


def test_an_offices_ban_read_into_its_heads_post_is_given_back_to_the_office():
    text = "石碶街道社会事务办主任李敏也参加了活动。"
    cleaned = clean_spans(text, spans_of(text, [("石碶街道社会事务", "ORG"), ("办主任", "TITLE"), ("李敏", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("石碶街道社会事务办", "ORG"), ("主任", "TITLE"), ("李敏", "PER")]
    assert extract_officials(text, cleaned) == [Official("李敏", "主任", "石碶街道社会事务办")]


def test_bare_kinds_of_body_and_sectors_read_as_bodies_are_no_entities():
    text = "金华市婺城区沙畈水库管理处严格落实值班制度。管理处主任郑国强说，水库安全。中国共有29支冰雪项目国家集训队。"
    pieces = [("金华市婺城区沙畈水库管理处", "ORG"), ("管理处", "ORG"), ("主任", "TITLE"), ("郑国强", "PER"), ("中国", "LOC"),
              ("冰雪", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["金华市婺城区沙畈水库管理处"]


def test_a_bare_chu_before_a_post_points_back_to_the_office_named_in_full():
    text = "金华市婺城区沙畈水库管理处严格落实值班制度。管理处主任郑国强说，水库安全。"
    pieces = [("金华市婺城区沙畈水库管理处", "ORG"), ("管理处", "ORG"), ("主任", "TITLE"), ("郑国强", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert extract_officials(text, cleaned) == [Official("郑国强", "主任", "金华市婺城区沙畈水库管理处")]


def test_a_towns_place_tagged_before_its_untagged_government_or_office_is_the_government():
    text = "许多小区被淹，汉昌街道办事处紧急组织党员干部转移群众。"
    cleaned = clean_spans(text, spans_of(text, [("汉昌街道", "LOC")]))
    assert [(e.text, e.type) for e in cleaned] == [("汉昌街道办事处", "ORG")]


def test_a_place_before_the_untagged_rest_of_a_cooperatives_name_is_the_cooperative():
    text = "在缙云县壶镇镇岩背村，岩背村股份经济合作社理事长、村党支部书记应伟东说，工坊效益好。梨树县大力发展农机专业合作社。"
    pieces = [("缙云县壶镇镇岩背村", "LOC"), ("岩背村", "LOC"), ("理事长", "TITLE"), ("党支部书记", "TITLE"), ("应伟东", "PER"),
              ("梨树县", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.type in ("LOC", "ORG")] == [
        ("缙云县壶镇镇岩背村", "LOC"), ("岩背村股份经济合作社", "ORG"), ("梨树县", "LOC")]
    # the bare 村 before the second post gives it the village, not the cooperative
    assert extract_officials(text, cleaned) == [Official("应伟东", "理事长", "岩背村股份经济合作社"),
                                                Official("应伟东", "党支部书记", "岩背村")]


def test_a_named_bodys_party_organ_read_into_it_before_a_member_goes_to_the_post():
    text = "临海市民政局党委委员、副局长屈家勇出席仪式。"
    pieces = [("临海市民政局党委", "ORG"), ("委员", "TITLE"), ("副局长", "TITLE"), ("屈家勇", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned][:2] == [("临海市民政局", "ORG"), ("党委委员", "TITLE")]
    assert extract_officials(text, cleaned) == [Official("屈家勇", "党委委员", "临海市民政局"), Official("屈家勇", "副局长", "临海市民政局")]


def test_a_supply_company_by_its_kind_alone_is_no_entity():
    text = "国网金华供电公司成立共产党员服务队。横店镇副镇长马丽君对供电公司的服务表示感谢。"
    pieces = [("国网金华供电公司", "ORG"), ("横店镇", "LOC"), ("副镇长", "TITLE"), ("马丽君", "PER"), ("供电公司", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["国网金华供电公司"]


def test_a_place_read_on_into_the_xiangcun_of_rural_revitalization_is_cut_or_dropped():
    text = "与会人员实地参观了滕头村乡村振兴展示馆。宁吉喆还就乡村振兴战略回答了提问。"
    cleaned = clean_spans(text, spans_of(text, [("滕头村乡村", "LOC"), ("宁吉喆", "PER"), ("就乡村", "LOC")]))
    assert [(e.text, e.type) for e in cleaned] == [("滕头村", "LOC"), ("宁吉喆", "PER")]


def test_a_bare_shequ_before_a_post_points_back_to_the_community_named_by_its_party_organ():
    text = "11月20日，义乌市稠城街道宗泽社区党委联合义乌市中心医院开展义诊活动。社区党委书记楼丽娟说，活动很好。"
    pieces = [("义乌市稠城街道宗泽社区党委", "ORG"), ("义乌市中心医院", "ORG"), ("党委书记", "TITLE"), ("楼丽娟", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [Official("楼丽娟", "党委书记", "宗泽社区")]


def test_a_preposition_read_into_a_transliterated_place_is_cut_off():
    text = "阿塞拜疆在凌晨发起攻势，向纳卡地区实施炮击。乌军已从顿涅茨克地区的马林卡城区撤出。"
    cleaned = clean_spans(text, spans_of(text, [("阿塞拜疆", "LOC"), ("向纳卡", "LOC"), ("从顿涅茨克", "LOC"), ("马林卡", "LOC")]))
    assert [e.text for e in cleaned] == ["阿塞拜疆", "纳卡", "顿涅茨克", "马林卡"]


def test_a_post_is_given_the_zhucun_left_untagged_before_it_and_so_the_village():
    text = "罹患新冠肺炎的贵州省雷山县丹江镇脚猛村驻村第一书记刘韬，和他的父亲一起出院。"
    pieces = [("贵州省雷山县丹江镇脚猛村", "LOC"), ("第一书记", "TITLE"), ("刘韬", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["驻村第一书记"]
    assert extract_officials(text, cleaned) == [Official("刘韬", "驻村第一书记", "贵州省雷山县丹江镇脚猛村")]


def test_an_envoys_post_after_the_heads_name_is_the_envoys_not_the_heads():
    text = "习近平主席特别代表、国家副主席韩正在巴黎同法国总统马克龙会面。"
    pieces = [("习近平", "PER"), ("主席特别代表", "TITLE"), ("国家副主席", "TITLE"), ("韩正", "PER"), ("巴黎", "LOC"),
              ("法国", "LOC"), ("总统", "TITLE"), ("马克龙", "PER")]
    officials = extract_officials(text, spans_of(text, pieces))
    assert [(o.name, o.title) for o in officials if o.name == "习近平"] == []
    assert ("韩正", "主席特别代表") in [(o.name, o.title) for o in officials]


def test_a_name_cut_short_before_a_verb_jieba_tags_as_a_noun_is_completed_after_its_post():
    text = "在峡口水库，县级河长、副市长毛建国带队巡河，检查水库水质。"
    cleaned = clean_spans(text, spans_of(text, [("峡口水库", "LOC"), ("河长", "TITLE"), ("副市长", "TITLE"), ("毛建", "PER")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["毛建国"]


def test_a_place_read_short_of_the_lakes_or_mountains_last_character_is_given_it():
    text = "清澈的千岛湖水流入水厂。一只野生大熊猫现身青城山一带。"
    cleaned = clean_spans(text, spans_of(text, [("千岛", "LOC"), ("青城", "LOC")]))
    assert [e.text for e in cleaned if e.type == "LOC"] == ["千岛湖", "青城山"]


def test_a_heads_post_read_as_a_body_is_a_post():
    text = "冲口村第一书记、市委组织部干部黄志刚介绍，村里的菜心基地今年带动120户农户增收。"
    cleaned = clean_spans(text, spans_of(text, [("冲口村", "LOC"), ("第一书记", "ORG"), ("黄志刚", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("冲口村", "LOC"), ("第一书记", "TITLE"), ("黄志刚", "PER")]
    assert extract_officials(text, cleaned) == [Official("黄志刚", "第一书记", "冲口村")]


def test_zhucun_read_into_the_village_goes_to_the_post_or_out_of_the_place():
    text = "连州市西岸镇冲口村驻村第一书记黄志刚说，去年她担任嘎旦村驻村第一书记。"
    pieces = [("连州市西岸镇冲口村驻村", "LOC"), ("第一书记", "TITLE"), ("黄志刚", "PER"), ("嘎旦村驻村", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("连州市西岸镇冲口村", "LOC"), ("驻村第一书记", "TITLE"), ("黄志刚", "PER"),
                                                   ("嘎旦村", "LOC")]


def test_a_study_group_read_alone_as_a_body_is_no_organization():
    text = "蕉城区委书记蔡宏博主持召开区委理论学习中心组学习会。"
    cleaned = clean_spans(text, spans_of(text, [("蕉城区委", "ORG"), ("书记", "TITLE"), ("蔡宏博", "PER"), ("中心组", "ORG")]))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["蕉城区委"]


def test_a_county_secretarys_post_read_into_the_committee_is_split_off():
    text = "山西省长治市沁源县委书记金所军深入沁河镇韩洪村调研。"
    cleaned = clean_spans(text, spans_of(text, [("山西省长治市", "LOC"), ("沁源县委书记", "ORG"), ("金所军", "PER"), ("沁河镇韩洪村", "LOC")]))
    assert [(e.text, e.type) for e in cleaned][:3] == [("山西省长治市沁源县委", "ORG"), ("书记", "TITLE"), ("金所军", "PER")]


def test_a_plants_party_committee_stays_in_the_secretarys_post():
    text = "国家能源集团浙江北仑电厂党委书记、董事长胡永生说，电厂今年发电量突破200亿千瓦时。"
    pieces = [("国家能源集团浙江北仑电厂", "ORG"), ("党委书记", "TITLE"), ("董事长", "TITLE"), ("胡永生", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert extract_officials(text, cleaned) == [Official("胡永生", "党委书记", "国家能源集团浙江北仑电厂"),
                                                Official("胡永生", "董事长", "国家能源集团浙江北仑电厂")]
    text = "芦岭煤矿党委书记王士永受到撤销党内职务处分。"  # a mine's, as a plant's (gov.cn: an accident's report)
    cleaned = clean_spans(text, spans_of(text, [("芦岭煤矿", "ORG"), ("党委书记", "TITLE"), ("王士永", "PER")]))
    assert extract_officials(text, cleaned) == [Official("王士永", "党委书记", "芦岭煤矿")]


def test_a_banners_body_named_by_its_level_alone_is_no_organization():
    text = "克什克腾旗经棚镇镇长刘志强介绍，旗农牧局副局长孟和巴图说，项目区实现了节水灌溉全覆盖。"
    pieces = [("克什克腾旗经棚镇", "LOC"), ("镇长", "TITLE"), ("刘志强", "PER"), ("旗农牧局", "ORG"), ("副局长", "TITLE"),
              ("孟和巴图", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type in ("ORG", "LOC")] == ["克什克腾旗经棚镇"]


def test_a_body_named_by_its_kind_alone_is_no_organization():
    text = "紫泥镇人大主席陈志强带领人大代表检查海堤。他说，基层人大要密切同群众的联系。"
    pieces = [("紫泥镇人大", "ORG"), ("主席", "TITLE"), ("陈志强", "PER"), ("人大", "ORG"), ("人大", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["紫泥镇人大"]


def test_disaster_work_read_as_a_place_is_no_place():
    text = "“党员先锋岗”在抗洪一线亮起来。达连河镇党委书记孙立国带领党员突击队连续奋战72小时。"
    cleaned = clean_spans(text, spans_of(text, [("抗洪", "LOC"), ("达连河镇", "LOC"), ("党委书记", "TITLE"), ("孙立国", "PER")]))
    assert [e.text for e in cleaned if e.type == "LOC"] == ["达连河镇"]


def test_a_name_cut_short_after_its_post_before_a_one_character_verb_or_preposition_is_completed():
    text = "抢修队队长楼建军带着队员赶到现场。区民宗局局长雷海燕到村调研。局长陈彪因对下属违纪问题失察被问责。"
    pieces = [("队长", "TITLE"), ("楼建", "PER"), ("局长", "TITLE"), ("雷海", "PER"), ("局长", "TITLE"), ("陈彪", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "PER"] == ["楼建军", "雷海燕", "陈彪"]


def test_an_administering_body_read_as_a_place_is_an_organization():
    text = "温州市珊溪水利枢纽管理中心主任林正义说，今年库区共清理漂浮物1.2万立方米。"
    cleaned = clean_spans(text, spans_of(text, [("温州市珊溪水利枢纽管理中心", "LOC"), ("主任", "TITLE"), ("林正义", "PER")]))
    assert [(e.text, e.type) for e in cleaned][0] == ("温州市珊溪水利枢纽管理中心", "ORG")


def test_a_bare_town_before_a_post_refers_to_the_town_named_earlier_also_inside_a_chain():
    text = "青田县方山镇龙现村是稻鱼共生系统的核心保护区。镇党委书记吴晓东介绍，田鱼卖到了每斤80元。"
    entities = spans_of(text, [("青田县方山镇龙现村", "LOC"), ("党委书记", "TITLE"), ("吴晓东", "PER")])
    assert extract_officials(text, entities) == [Official("吴晓东", "党委书记", "青田县方山镇")]
    text = "青田县方山乡是稻鱼共生系统的核心保护区。乡党委书记吴晓东介绍，田鱼卖到了每斤80元。"
    entities = spans_of(text, [("青田县方山乡", "LOC"), ("党委书记", "TITLE"), ("吴晓东", "PER")])
    assert extract_officials(text, entities) == [Official("吴晓东", "党委书记", "青田县方山乡")]


def test_people_of_a_place_read_as_the_place_lose_their_ren():
    text = "文成县珊溪水库是温州人的“大水缸”。"
    cleaned = clean_spans(text, spans_of(text, [("文成县珊溪水库", "LOC"), ("温州人", "LOC")]))
    assert [e.text for e in cleaned] == ["文成县珊溪水库", "温州"]


def test_a_place_ending_one_character_short_of_a_district_jieba_reads_whole_is_given_it():
    text = "12月3日，绍兴市越城区召开养老服务体系建设推进会。各方关注中东欧地区形势。"
    cleaned = clean_spans(text, spans_of(text, [("绍兴市越城", "LOC"), ("中东欧", "LOC")]))
    assert [e.text for e in cleaned] == ["绍兴市越城区", "中东欧"]


def test_a_quoted_hollow_village_is_no_place():
    text = "浦江县虞宅乡新光村，曾经是一个“空心村”。"
    cleaned = clean_spans(text, spans_of(text, [("浦江县虞宅乡新光村", "LOC"), ("空心村", "LOC")]))
    assert [e.text for e in cleaned] == ["浦江县虞宅乡新光村"]


def test_a_name_read_as_a_body_right_after_a_post_is_its_holder():
    text = "淳安县千岛湖镇党委书记方锐带队检查千岛湖沿湖防汛设施。"
    cleaned = clean_spans(text, spans_of(text, [("淳安县千岛湖镇", "LOC"), ("党委书记", "TITLE"), ("方锐", "ORG"), ("千岛湖", "LOC")]))
    assert extract_officials(text, cleaned) == [Official("方锐", "党委书记", "淳安县千岛湖镇")]


def test_a_members_portfolio_left_untagged_before_the_post_goes_into_it():
    text = "白龙桥镇党委委员、宣传委员何丽君说，全镇已建成助餐点12个。"
    pieces = [("白龙桥镇", "LOC"), ("党委委员", "TITLE"), ("委员", "TITLE"), ("何丽君", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert extract_officials(text, cleaned) == [Official("何丽君", "党委委员", "白龙桥镇"), Official("何丽君", "宣传委员", "白龙桥镇")]


def test_a_student_is_no_post():
    text = "金华市第五中学高三（2）班学生李思远获得全国青少年科技创新大赛一等奖。"
    cleaned = clean_spans(text, spans_of(text, [("金华市第五中学", "ORG"), ("学生", "TITLE"), ("李思远", "PER")]))
    assert [e.text for e in cleaned if e.type == "TITLE"] == [] and extract_officials(text, cleaned) == []


def test_a_grade_read_into_its_school_is_cut_off():
    text = "金华市第五中学高三（2）班学生李思远获得一等奖。"
    cleaned = clean_spans(text, spans_of(text, [("金华市第五中学高三", "ORG"), ("李思远", "PER")]))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["金华市第五中学"]


def test_a_bare_team_or_group_is_no_organization():
    text = "黄伟剑带领医疗队到泰顺县罗阳镇开展义诊，督导组随后检查了防汛工作。"
    cleaned = clean_spans(text, spans_of(text, [("黄伟剑", "PER"), ("医疗队", "ORG"), ("泰顺县罗阳镇", "LOC"), ("督导组", "ORG")]))
    assert [e.text for e in cleaned if e.type == "ORG"] == []


def test_a_womens_federation_left_untagged_before_its_chairs_post_goes_into_it():
    text = "嘉兴市秀洲区王店镇建林村的幸福食堂里，食堂负责人、村妇联主席钱丽华告诉记者，食堂每天提供午餐。"
    pieces = [("嘉兴市秀洲区王店镇建林村", "LOC"), ("主席", "TITLE"), ("钱丽华", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["妇联主席"]
    assert extract_officials(text, cleaned) == [Official("钱丽华", "妇联主席", "建林村")]


def test_a_note_on_how_a_post_is_held_stands_between_it_and_its_holder_or_next_post():
    text = "泰顺县应急管理局副局长（主持工作）林道雄赶到现场。庆元县副县长（挂职）、县防指副指挥张伟民检查大坝。"
    pieces = [("泰顺县应急管理局", "ORG"), ("副局长", "TITLE"), ("林道雄", "PER"), ("庆元县", "LOC"), ("副县长", "TITLE"),
              ("副指挥", "TITLE"), ("张伟民", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [
        Official("林道雄", "副局长", "泰顺县应急管理局"), Official("张伟民", "副县长", "庆元县"), Official("张伟民", "副指挥", None)]


def test_a_state_grid_companys_short_name_keeps_its_party_committee_in_the_post_and_a_city_visited_is_a_place():
    text = "国网浙江电力党委书记、董事长尹积军在金华调研时强调，要全力做好迎峰度冬电力保供工作。"
    pieces = [("国网浙江电力", "ORG"), ("党委书记", "TITLE"), ("董事长", "TITLE"), ("尹积军", "PER"), ("金华", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("国网浙江电力", "ORG"), ("党委书记", "TITLE"), ("董事长", "TITLE"),
                                                   ("尹积军", "PER"), ("金华", "LOC")]


def test_an_untagged_name_of_a_bracketed_byline_is_a_person_but_nothing_in_other_brackets():
    text = "（记者 方明 通讯员 吴国强 施玲玲）11月29日，开化县召开推进会。各级党委（党组）要压实责任。"
    cleaned = clean_spans(text, spans_of(text, [("吴国强", "PER"), ("施玲玲", "PER"), ("开化县", "LOC")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["方明", "吴国强", "施玲玲"]


def test_an_untagged_name_between_a_post_and_a_clause_mark_is_its_holder():
    text = "市人大常委会副主任应立标，副市长胡晓红等一同参加调研。习近平总书记曾指出，要抓好落实。辉煌集团副总经理方总，"
    pieces = [("市人大常委会副主任", "TITLE"), ("副市长", "TITLE"), ("胡晓红", "PER"), ("习近平", "PER"), ("总书记", "TITLE"),
              ("辉煌集团", "ORG"), ("副总经理", "TITLE")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "PER"] == ["应立标", "胡晓红", "习近平"]
    assert Official("应立标", "市人大常委会副主任", None) in extract_officials(text, cleaned)


def test_a_bare_school_hospital_court_bureau_or_workshop_is_no_organization():
    text = "双方共建“电力工匠学院”。学院院长张国良表示，将深入合作。该院执行局局长方志强介绍，工坊里二十多名妇女正在干活。"
    pieces = [("学院", "ORG"), ("院长", "TITLE"), ("张国良", "PER"), ("执行局", "ORG"), ("局长", "TITLE"), ("方志强", "PER"),
              ("工坊", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == []
    assert Official("方志强", "局长", None) in extract_officials(text, cleaned)


def test_a_grid_leader_is_no_place_and_a_village_supervisory_committee_stays_in_its_chairs_post():
    text = "勤勇村将全村划分为8个网格，由党员担任网格长。村党总支委员、村务监督委员会主任李春生说。"
    pieces = [("勤勇村", "LOC"), ("网格长", "LOC"), ("党总支委员", "TITLE"), ("村务监督委员会", "ORG"), ("主任", "TITLE"),
              ("李春生", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("勤勇村", "LOC"), ("党总支委员", "TITLE"), ("村务监督委员会主任", "TITLE"),
                                                   ("李春生", "PER")]


def test_a_head_with_a_name_refers_to_the_body_so_named_and_a_bracketed_other_name_stands_before_a_post():
    text = ("宁波市第一医院与象山县第一人民医院签订协议。市第一医院院长周海彬表示，将派出专家。"
            "浙江大学医学院附属第二医院台州分院（台州市立医院）党委书记徐红表示，将深化合作。")
    pieces = [("宁波市第一医院", "ORG"), ("象山县第一人民医院", "ORG"), ("院长", "TITLE"), ("周海彬", "PER"),
              ("浙江大学医学院附属第二医院台州分院", "ORG"), ("台州市立医院", "ORG"), ("党委书记", "TITLE"), ("徐红", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [
        Official("周海彬", "院长", "宁波市第一医院"), Official("徐红", "党委书记", "浙江大学医学院附属第二医院台州分院")]


def test_a_bare_town_before_a_post_refers_to_the_town_inside_a_venues_name():
    text = "天台县平桥镇中心敬老院近日完成改造。镇党委书记周明辉在揭牌仪式上说，将推动转型。"
    pieces = [("天台县平桥镇中心敬老院", "ORG"), ("党委书记", "TITLE"), ("周明辉", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [Official("周明辉", "党委书记", "天台县平桥镇")]


def test_a_team_read_as_an_organization_gives_way_to_its_leader_or_body():
    text = "王建平教授团队近日完成手术。这几年，天津农科院科研团队不断努力。家庭医生团队定期上门。付守芝团队把病人当亲人。"
    pieces = [("王建平教授团队", "ORG"), ("天津农科院科研团队", "ORG"), ("家庭医生团队", "ORG"), ("付守芝团队", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("王建平", "PER"), ("天津农科院", "ORG"), ("付守芝", "PER")]


def test_a_work_team_before_its_leaders_post_stays_and_a_lines_voltage_is_cut_off_its_name():
    text = "国网绍兴供电公司输电运检中心带电作业班班长孙建锋带领班组成员，在220千伏柯亭线开展带电消缺作业。"
    pieces = [("国网绍兴供电公司输电运检中心带电作业", "ORG"), ("班班长", "TITLE"), ("孙建锋", "PER"), ("千伏柯亭线", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("国网绍兴供电公司输电运检中心带电作业班", "ORG"), ("班长", "TITLE"),
                                                   ("孙建锋", "PER"), ("柯亭线", "LOC")]
    assert extract_officials(text, cleaned) == [Official("孙建锋", "班长", "国网绍兴供电公司输电运检中心带电作业班")]


def test_a_river_chiefs_office_by_its_kind_alone_is_no_organization():
    text = "市治水办（河长办）常务副主任寿国平通报了上半年河湖长履职情况。"
    pieces = [("河长办", "ORG"), ("常务副主任", "TITLE"), ("寿国平", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == []


def test_a_kind_of_village_a_day_care_centre_and_a_bare_chamber_of_commerce_are_no_entities():
    text = ("寿光市洛城街道东斟灌村是远近闻名的蔬菜专业村。村党支部书记王立国说，村里办起了日间照料中心。"
            "应急管理部、水利部联合召开视频会商会。")
    pieces = [("寿光市洛城街道东斟灌村", "LOC"), ("蔬菜专业村", "LOC"), ("党支部书记", "TITLE"), ("王立国", "PER"),
              ("日间照料中心", "ORG"), ("应急管理部", "ORG"), ("水利部", "ORG"), ("商会", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type in ("LOC", "ORG")] == ["寿光市洛城街道东斟灌村", "应急管理部", "水利部"]
    assert extract_officials(text, cleaned) == [Official("王立国", "党支部书记", "东斟灌村")]


def test_a_herder_after_a_mongolian_village_is_no_part_of_a_name_and_the_villages_branch_goes_into_the_post():
    text = "正蓝旗上都镇敖包图嘎查牧民巴特尔家今年新盖了暖棚。嘎查党支部书记乌力吉说，全嘎查已有45户牧民用上了光伏发电。"
    pieces = [("正蓝旗", "LOC"), ("上都镇", "LOC"), ("敖包图嘎查牧民", "PER"), ("巴特尔", "PER"), ("嘎查党支部", "ORG"),
              ("书记", "TITLE"), ("乌力吉", "PER"), ("全", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.type != "LOC"] == [("巴特尔", "PER"), ("党支部书记", "TITLE"), ("乌力吉", "PER")]
    assert "".join(e.text for e in cleaned if e.type == "LOC") == "正蓝旗上都镇敖包图嘎查"


def test_a_bare_community_before_a_residents_committee_leaves_the_post_and_refers_to_the_community_in_a_venues_name():
    text = "丽水市莲都区紫金街道白云社区居家养老服务照料中心日前升级。社区居委会主任叶美琴介绍，中心引入了医护团队。"
    pieces = [("丽水市莲都区紫金街道白云社区居家养老服务照料中心", "ORG"), ("社区居委会主任", "TITLE"), ("叶美琴", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["居委会主任"]
    assert extract_officials(text, cleaned) == [Official("叶美琴", "居委会主任", "白云社区")]


def test_a_companys_department_and_a_block_by_their_kind_alone_are_no_entities():
    text = "国网景宁县供电公司日前建成微电网。该公司发展建设部主任潘伟介绍，文化街区将与古窑址一起打造。"
    pieces = [("国网景宁县供电公司", "ORG"), ("发展建设部", "ORG"), ("主任", "TITLE"), ("潘伟", "PER"), ("文化街区", "LOC")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type in ("ORG", "LOC")] == ["国网景宁县供电公司"]


def test_a_part_of_a_province_cut_before_its_second_direction_gets_it_but_not_a_provinces_north():
    text = "斋郎战斗是红军挺进师进入浙西南的关键一战。陕西北部普降大雪。"
    cleaned = clean_spans(text, spans_of(text, [("浙西", "LOC"), ("陕西", "LOC")]))
    assert [e.text for e in cleaned] == ["浙西南", "陕西"]


def test_a_peoples_body_named_by_its_level_between_two_posts_keeps_the_chain_and_a_groups_head_refers_to_its_company():
    text = "义乌市委统战部副部长、市侨联主席金丽萍参加活动。兰溪市水务集团有限公司完成改造。集团董事长、总经理王鹏飞介绍。"
    pieces = [("义乌市委统战部", "ORG"), ("副部长", "TITLE"), ("主席", "TITLE"), ("金丽萍", "PER"), ("兰溪市水务集团有限公司", "ORG"),
              ("董事长", "TITLE"), ("总经理", "TITLE"), ("王鹏飞", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [
        Official("金丽萍", "副部长", "义乌市委统战部"), Official("金丽萍", "主席", None),
        Official("王鹏飞", "董事长", "兰溪市水务集团有限公司"), Official("王鹏飞", "总经理", "兰溪市水务集团有限公司")]


def test_a_department_of_a_body_named_by_its_kind_alone_is_no_organization():
    text = "横店影视城景区管理有限公司组织消防演练。公司安全保卫部经理何建新说，消防安全是头等大事。"
    pieces = [("横店影视城景区管理有限公司", "ORG"), ("公司安全保卫部", "ORG"), ("经理", "TITLE"), ("何建新", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["横店影视城景区管理有限公司"]


def test_an_untagged_portfolio_member_and_the_party_member_before_it_are_posts():
    text = "凤凰街道党工委委员、组织委员朱晓丽说，驿站已建成15个。龙游县詹家镇组织党员走访。镇党委委员、组织委员吴丽萍说。"
    pieces = [("凤凰街道党工委", "ORG"), ("朱晓丽", "PER"), ("龙游县詹家镇", "LOC"), ("吴丽萍", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [
        ("凤凰街道", "LOC"), ("党工委委员", "TITLE"), ("组织委员", "TITLE"), ("朱晓丽", "PER"), ("龙游县詹家镇", "LOC"),
        ("党委委员", "TITLE"), ("组织委员", "TITLE"), ("吴丽萍", "PER")]
    assert Official("朱晓丽", "组织委员", "凤凰街道") in extract_officials(text, cleaned)


def test_a_villages_quoted_title_of_honour_is_no_place():
    text = "长兴县水口乡顾渚村是“农家乐第一村”，全村有农家乐500余家。"
    cleaned = clean_spans(text, spans_of(text, [("长兴县水口乡顾渚村", "LOC"), ("农家乐第一村", "LOC")]))
    assert [e.text for e in cleaned] == ["长兴县水口乡顾渚村"]


def test_a_nickname_of_lao_and_a_surname_read_whole_is_no_person():
    text = "岱山县衢山镇的渔民老林今年换上了电动渔船。“电费比油费便宜一大半。”老林说。邓小平同志说过。"
    cleaned = clean_spans(text, spans_of(text, [("岱山县衢山镇", "LOC"), ("老林", "PER"), ("邓小平", "PER")]))
    assert [e.text for e in cleaned if e.type == "PER"] == ["邓小平"]


def test_a_level_word_alone_before_a_congress_post_a_speakers_zuo_and_a_representing_daibiao_are_no_name_parts():
    text = "区委书记胡朝晖代表区委常委会作工作报告。区政协主席林小敏出席。副区长、区防指常务副指挥徐立新作部署。"
    pieces = [("区委书记", "TITLE"), ("胡朝晖", "PER"), ("代表", "ORG"), ("区委常委会", "ORG"), ("区", "ORG"), ("政协主席", "TITLE"),
              ("林小敏", "PER"), ("副区长", "TITLE"), ("常务副指挥", "TITLE"), ("徐立新作", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [
        ("区委书记", "TITLE"), ("胡朝晖", "PER"), ("区政协主席", "TITLE"), ("林小敏", "PER"), ("副区长", "TITLE"),
        ("常务副指挥", "TITLE"), ("徐立新", "PER")]


def test_the_side_of_a_place_a_text_points_to_is_cut_off_it():
    text = "12月5日22时至次日6时，稠城街道宾王路以东、江滨北路以北区域将停止供水。"
    cleaned = clean_spans(text, spans_of(text, [("稠城街道宾王路以东", "LOC"), ("江滨北路", "LOC")]))
    assert [e.text for e in cleaned] == ["稠城街道宾王路", "江滨北路"]


def test_a_student_however_qualified_holds_no_post():
    text = "温岭市第一中学高三学生林思远获得金牌。温岭市第一中学校长黄海峰表示祝贺。"
    pieces = [("温岭市第一中学", "ORG"), ("高三学生", "TITLE"), ("林思远", "PER"), ("温岭市第一中学", "ORG"), ("校长", "TITLE"),
              ("黄海峰", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["校长"]
    assert extract_officials(text, cleaned) == [Official("黄海峰", "校长", "温岭市第一中学")]


def test_a_schools_short_name_before_a_post_refers_to_the_school_named_in_full():
    text = "奥运冠军汪顺回到母校宁波市效实中学。效实中学党委书记蔡铁军主持分享会。"
    pieces = [("汪顺", "PER"), ("宁波市效实中学", "ORG"), ("党委书记", "TITLE"), ("蔡铁军", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [Official("蔡铁军", "党委书记", "宁波市效实中学")]


def test_a_village_secretarys_short_post_refers_to_the_village_named_before():
    text = "江山市大陈乡大陈村是历史文化名村。村支书汪衍君介绍，村里的汪氏宗祠始建于明代。"
    pieces = [("江山市大陈乡大陈村", "LOC"), ("村支书", "TITLE"), ("汪衍君", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [Official("汪衍君", "村支书", "大陈村")]


def test_a_verb_is_not_given_to_a_place_as_its_first_characters_though_jieba_lists_the_two_as_a_place():
    text = "我们愿进口更多符合中国市场需求的巴西优质产品。四川省仪陇县委组织部召开会议。"
    cleaned = clean_spans(text, spans_of(text, [("中国", "LOC"), ("巴西", "LOC"), ("陇县委组织部", "ORG")]))
    assert [e.text for e in cleaned][:2] == ["中国", "巴西"]


def test_a_common_verb_read_into_the_start_of_a_body_it_takes_is_cut_off():
    text = "习近平致电老挝人民革命党中央总书记通伦。德国去年9月举行联邦议院选举。"
    pieces = [("习近平", "PER"), ("致电老挝人民革命党中央", "ORG"), ("总书记", "TITLE"), ("通伦", "PER"), ("德国", "LOC"),
              ("举行联邦议院", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["老挝人民革命党中央", "联邦议院"]


def test_a_care_venue_named_with_its_place_read_as_a_place_is_an_organization():
    text = "住在椒江区颐养中心的88岁老人周阿婆说，这里环境好。城市中心人流密集。"
    cleaned = clean_spans(text, spans_of(text, [("椒江区颐养中心", "LOC")]))
    assert [(e.text, e.type) for e in cleaned] == [("椒江区颐养中心", "ORG")]


def test_a_county_named_without_its_unit_and_read_as_a_body_is_a_place_where_the_text_names_it_with_the_unit():
    text = "泰顺县廊桥文化园管理中心主任陶忠林说，泰顺现存廊桥33座。"
    pieces = [("泰顺县廊桥文化园管理中心", "ORG"), ("主任", "TITLE"), ("陶忠林", "PER"), ("泰顺", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned if e.text == "泰顺"] == [("泰顺", "LOC")]


def test_a_later_mention_of_a_body_by_its_own_name_is_tagged_but_not_a_kind_of_body():
    text = "奥运冠军汪顺回到母校宁波市效实中学。效实中学党委书记蔡铁军主持分享会。沿河湾镇中心敬老院里，中心敬老院的老人在晒太阳。"
    pieces = [("汪顺", "PER"), ("宁波市效实中学", "ORG"), ("党委书记", "TITLE"), ("蔡铁军", "PER"), ("沿河湾镇中心敬老院", "ORG")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["宁波市效实中学", "效实中学", "沿河湾镇中心敬老院"]


def test_a_bureaus_section_read_into_its_heads_post_goes_to_the_bureau():
    text = "宝鸡市市场监督管理局计量科科长杨晓军介绍，检查中发现3台加油机被改装。"
    pieces = [("宝鸡市市场监督管理局", "ORG"), ("计量科科长", "TITLE"), ("杨晓军", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("宝鸡市市场监督管理局计量科", "ORG"), ("科长", "TITLE"), ("杨晓军", "PER")]
    assert extract_officials(text, cleaned) == [Official("杨晓军", "科长", "宝鸡市市场监督管理局计量科")]
    # no body right before it: the post stays as read
    alone = "计量科科长杨晓军介绍。"
    assert [(e.text, e.type) for e in clean_spans(alone, spans_of(alone, [("计量科科长", "TITLE"), ("杨晓军", "PER")]))] == [
        ("计量科科长", "TITLE"), ("杨晓军", "PER")]


def test_a_river_or_polder_read_with_its_embankment_is_the_feature():
    text = "7月5日深夜，在九江市永修县三角乡三角联圩大堤上，一队巡堤人员打着手电巡查。葛洲坝水利枢纽运行平稳。"
    cleaned = clean_spans(text, spans_of(text, [("九江市永修县三角乡三角联圩大堤", "LOC"), ("葛洲坝", "LOC")]))
    assert [(e.text, e.type) for e in cleaned] == [("九江市永修县三角乡三角联圩", "LOC"), ("葛洲坝", "LOC")]


def test_evaluate_scores_the_contract_and_the_model_reading(tmp_path, monkeypatch):
    """MSRA tags the surname in 温先生 as PER; LABELS.md does not (surname + honorific). The contract reading
    (predict's output) misses it there, the model reading — the tagger's own spans — is scored as MSRA's guide reads."""
    from zhpolicy.training.evaluate_ner import evaluate_ner

    text = "温先生的回信来了。"
    (tmp_path / "msra_bio").write_text("".join(f"{c} {'B-PER' if i == 0 else 'O'}\n" for i, c in enumerate(text)) + "\n",
                                       encoding="utf-8")

    class KnownTagger:
        def tag(self, texts, batch_size=32, cleanup=True):
            found = [[Entity(0, 1, "PER", "温")] for _ in texts]
            return [clean_spans(t, f) for t, f in zip(texts, found)] if cleanup else found

    monkeypatch.setattr(EntityTagger, "from_folder", classmethod(lambda cls, folder, bf16=False: KnownTagger()))
    report = evaluate_ner("any-folder", [str(tmp_path / "msra_bio")], "bio", tmp_path / "report")
    assert report["merged"]["overall"]["f1"] == 0.0
    assert report["model_reading"]["merged"]["overall"]["f1"] == 1.0
    assert report["metrics"]["model_reading_f1_PER"] == 1.0
    markdown = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    assert "Contract reading" in markdown and "Model reading" in markdown


def test_an_untagged_unique_body_joins_the_unit_read_after_it():
    text = "总台与上合组织秘书处联合主办，华为罗马尼亚公司员工说，中共中央国务院印发意见"
    spans = spans_of(text, [("秘书处", "ORG"), ("罗马尼亚公司", "ORG"), ("国务院", "ORG")])
    # two unique bodies side by side stay two (中共中央|国务院), the second untouched
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("上合组织秘书处", "ORG"), ("华为罗马尼亚公司", "ORG"), ("国务院", "ORG")]


def test_cleanup_modules_import_no_sibling_but_common():
    """The cleanup package stays a tree: each module of rules imports only ``common`` of its siblings, ``common``
    none, and ``__init__`` (which applies the rules in order) any; a rule another module needs moves to common."""
    import ast
    from pathlib import Path

    import zhpolicy.models.ner_cleanup as package

    folder = Path(package.__file__).parent
    modules = sorted(path.stem for path in folder.glob("*.py") if path.stem != "__init__")
    assert {"common", "places", "bodies", "people", "posts"} <= set(modules)
    for name in modules:
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        siblings = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1}
        assert siblings <= (set() if name == "common" else {"common"}), (name, siblings)


def test_a_body_read_on_past_a_verb_is_cut_back_to_its_name():
    text = "国家航天局发布天问二号探测器图片。委内瑞拉防长称将抗击美军侵略。国家发改委体改司负责人表示"
    spans = spans_of(text, [("国家航天局发布天问二号探测", "ORG"), ("委内瑞拉", "LOC"), ("美军侵略", "ORG"),
                            ("国家发改委体改司", "ORG")])
    # a unit whose name holds a verb (体改司) is left whole
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("国家航天局", "ORG"), ("委内瑞拉", "LOC"), ("美军", "ORG"), ("国家发改委体改司", "ORG")]


def test_a_place_read_into_a_common_word_after_it_is_cut_back_to_the_place():
    text = "安理会通过关于朝鲜发射卫星问题的决议。纽约公寓楼火灾致19人死亡。在北流江边上"
    spans = spans_of(text, [("安理会", "ORG"), ("朝鲜发射", "LOC"), ("纽约公寓", "LOC"), ("北流江", "LOC")])
    # a span that ends like a name itself stays (北流江|边)
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("安理会", "ORG"), ("朝鲜", "LOC"), ("纽约", "LOC"), ("北流江", "LOC")]


def test_the_subject_of_a_central_work_conference_is_no_body():
    text = "习近平在中央政协工作会议上讲话，中央人大工作会议召开，中央军委工作会议在京举行"
    spans = spans_of(text, [("习近平", "PER"), ("中央政协", "ORG"), ("中央人大", "ORG"), ("中央军委", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("习近平", "PER"), ("中央军委", "ORG")]


def test_transliterated_persons_written_with_a_hyphen_between_them_are_one():
    text = "伦敦市长鲍里斯-约翰逊1号来到奥运村，张三-李四"
    spans = spans_of(text, [("伦敦", "LOC"), ("市长", "TITLE"), ("鲍里斯", "PER"), ("约翰逊", "PER"), ("张三", "PER"),
                            ("李四", "PER")])
    # Chinese names a hyphen stands between stay two
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("伦敦", "LOC"), ("市长", "TITLE"), ("鲍里斯-约翰逊", "PER"), ("张三", "PER"), ("李四", "PER")]


def test_a_state_named_with_and_is_one_place():
    text = "欢迎安提瓜和巴布达总理布朗访问，特立尼达和多巴哥代表团抵达，中国和巴西"
    spans = spans_of(text, [("安提瓜", "PER"), ("巴布达", "PER"), ("总理", "TITLE"), ("布朗", "PER"), ("特立尼达", "LOC"),
                            ("中国", "LOC"), ("巴西", "LOC")])
    entities = clean_spans(text, spans)
    # two states joined by 和 stay two
    assert [(e.text, e.type) for e in entities] == [
        ("安提瓜和巴布达", "LOC"), ("总理", "TITLE"), ("布朗", "PER"), ("特立尼达和多巴哥", "LOC"), ("中国", "LOC"), ("巴西", "LOC")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, entities)] == [("布朗", "总理", "安提瓜和巴布达")]


def test_the_whole_party_is_no_name():
    text = "《求是》杂志是党中央指导全党全国工作的重要阵地，全党要团结"
    spans = spans_of(text, [("党中央", "ORG"), ("全党全国", "ORG"), ("全党", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("求是", "ORG"), ("党中央", "ORG")]


def test_a_place_read_on_by_one_character_into_a_word_jieba_lacks_is_the_place():
    """在西湖区数智党建新模式 (the example page: 数智 is no word of jieba's): the ORG 西湖区数 is the place 西湖区; a place and
    a body's one-character ending stays a body (乌克兰地区党, 杭州市府)."""
    text = "这是西湖区数智党建新模式的探索。乌克兰地区党主席说。杭州市府发布通知。"
    spans = spans_of(text, [("西湖区数", "ORG"), ("乌克兰地区党", "ORG"), ("杭州市府", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("西湖区", "LOC"), ("乌克兰地区党", "ORG"), ("杭州市府", "ORG")]


def test_a_station_read_on_into_its_supply_area_gives_the_area_to_the_managers_post():
    """供电所台区经理王一凡说 (written dev: the tagger read 供电所台区 as a place): 台区经理 is the post, the bare station no
    name; a named station keeps its name (斜桥供电所)."""
    text = "供电所台区经理王一凡说。斜桥供电所台区经理李明说。"
    spans = spans_of(text, [("供电所台区", "LOC"), ("经理", "TITLE"), ("王一凡", "PER"), ("斜桥供电所台区", "ORG"), ("经理", "TITLE"),
                            ("李明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("台区经理", "TITLE"), ("王一凡", "PER"), ("斜桥供电所", "ORG"),
                                                    ("台区经理", "TITLE"), ("李明", "PER")]


def test_a_ranges_spur_a_regions_edge_and_its_water_country_stay_off_the_place():
    """地处秦岭余脉与青藏高原东缘过渡地带, 让江南水乡的一泓清水长流 (written dev): 余脉, 东缘 and 水乡 are area words after a
    place, as 流域 is (LABELS.md: 木兰溪|流域)."""
    text = "武都区地处秦岭余脉与青藏高原东缘过渡地带，让江南水乡的一泓清水长流。"
    spans = spans_of(text, [("武都区", "LOC"), ("秦岭余脉", "LOC"), ("青藏高原东缘", "LOC"), ("江南水乡", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["武都区", "秦岭", "青藏高原", "江南"]


def test_a_post_read_with_a_body_named_by_its_kind_alone_loses_the_kind():
    """柯桥区行政服务中心…。中心主任屠海峰说 (written dev: the tagger read 中心主任 as the post): the post is 主任 and its
    body the centre named before; a department named with the body stays in the post (客户服务中心主任)."""
    text = "柯桥区行政服务中心开设专区。中心主任屠海峰说。国网长兴县供电公司客户服务中心主任闵晓慧介绍。"
    spans = spans_of(text, [("柯桥区行政服务中心", "ORG"), ("中心主任", "TITLE"), ("屠海峰", "PER"), ("国网长兴县供电公司", "ORG"),
                            ("客户服务中心主任", "TITLE"), ("闵晓慧", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["主任", "客户服务中心主任"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("屠海峰", "主任", "柯桥区行政服务中心"), ("闵晓慧", "客户服务中心主任", "国网长兴县供电公司")]


def test_a_one_character_town_inside_a_word_gets_the_words_start():
    """听街头镇党委书记庞立峰 (written dev: the tagger read 头镇, jieba reads 街头): the town is 街头镇; a one-character
    village that is no word's end stays (宏村, 耿镇)."""
    text = "听街头镇党委书记庞立峰讲课。今年宏村接待游客，车子到耿镇。"
    spans = spans_of(text, [("头镇", "LOC"), ("党委书记", "TITLE"), ("庞立峰", "PER"), ("宏村", "LOC"), ("耿镇", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "LOC"] == ["街头镇", "宏村", "耿镇"]
    assert [(o.name, o.org) for o in extract_officials(text, cleaned)] == [("庞立峰", "街头镇")]


def test_a_piece_of_a_typhoons_quoted_name_is_no_name():
    """台风“桦加沙”登陆菲律宾北端, 第十号台风“麦德姆” (CCTV news: the tagger read 加沙 and 麦德 inside the quotes as places):
    a piece of a typhoon's quoted name is dropped like the whole; a place outside the quotes stays."""
    text = "台风“桦加沙”登陆菲律宾北端。第十号台风“麦德姆”挟风带雨在福建福清市登陆。"
    spans = spans_of(text, [("加沙", "LOC"), ("菲律宾", "LOC"), ("麦德", "LOC"), ("福建福清市", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["菲律宾", "福建福清市"]


def test_a_memorial_hall_or_museum_by_its_kind_alone_is_no_name():
    """学生们走进“秋收起义”纪念馆…在纪念馆不远处 (CCTV news: the bare 纪念馆 read as a place): LABELS.md tags no bare
    body type; a named one stays (贺龙纪念馆)."""
    text = "在纪念馆不远处是营地。当地以贺龙纪念馆为中心，参观博物馆。"
    spans = spans_of(text, [("纪念馆", "LOC"), ("贺龙纪念馆", "LOC"), ("博物馆", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["贺龙纪念馆"]


def test_a_town_read_as_a_body_before_the_summit_it_hosts_is_the_place():
    """今年是乌镇峰会连续成功举办的第十年 (CCTV news: 乌镇 read as an ORG): the host of a summit or forum is a place, as the
    host of games or a fair is; a body before a summit stays (二十国集团|峰会)."""
    text = "今年是乌镇峰会连续成功举办的第十年，二十国集团峰会在杭州举行。"
    spans = spans_of(text, [("乌镇", "ORG"), ("二十国集团", "ORG"), ("杭州", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("乌镇", "LOC"), ("二十国集团", "ORG"), ("杭州", "LOC")]


def test_a_place_stopping_inside_a_village_the_text_tags_elsewhere_goes_on_to_its_end():
    """甘肃陇南宕昌县山|背村, 罗湾和山|背村 beside 山背村 (CCTV news): the chain goes on to the village's end, and across a
    joiner the elided name before it and the village are two places (LABELS.md: 桃林、安坝两村 tagged one by one)."""
    text = "甘肃陇南宕昌县山背村和罗湾村正在施工。在宕昌县，山背村环境恶劣。像罗湾和山背村一样。"
    spans = spans_of(text, [("甘肃陇南宕昌县山", "LOC"), ("罗湾村", "LOC"), ("宕昌县", "LOC"), ("山背村", "LOC"), ("罗湾和山", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["甘肃陇南宕昌县山背村", "罗湾村", "宕昌县", "山背村", "罗湾", "山背村"]


def test_a_discipline_inspection_group_goes_into_its_heads_post_and_a_village_official_is_a_role():
    """财政局党组原书记殷永强、纪检组原组长卢玲; 纪检组组长达求; 最美村官裴春亮 (CCTV news): a body's bare 纪检组 is no
    name, and before its head's post it is part of the post (LABELS.md: Party-body words in the post stay in the
    TITLE); 村官 (a graduate serving in a village) is a role, no post."""
    text = "襄城县财政局党组原书记殷永强、纪检组原组长卢玲被问责，纪检组组长达求被问责。最美村官裴春亮说。"
    spans = spans_of(text, [("襄城县财政局", "ORG"), ("党组原书记", "TITLE"), ("殷永强", "PER"), ("纪检组", "ORG"), ("组长", "TITLE"),
                            ("卢玲", "PER"), ("组长", "TITLE"), ("达求", "PER"), ("村官", "TITLE"), ("裴春亮", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("襄城县财政局", "ORG"), ("党组原书记", "TITLE"), ("殷永强", "PER"),
                                                    ("纪检组原组长", "TITLE"), ("卢玲", "PER"), ("纪检组组长", "TITLE"), ("达求", "PER"),
                                                    ("裴春亮", "PER")]


def test_a_numbered_road_is_a_place_with_its_number_and_a_listed_name_before_a_count_a_person():
    """国道219最后一处, 打通219国道, 国道309安泽至洪洞段 (CCTV news: 国道 read alone, once as a body): the numbered road is one
    LOC, as MSRA tags １０９国道; a bare 国道 is none. 吴云波、李玉芳、高胜福5位…代表: the last name of a list of people,
    before the count of them, is a person too (read as a place)."""
    text = "国道219最后一处抢通，双向打通219国道，国道309安泽至洪洞段，位于国道旁。邀请吴云波、李玉芳、高胜福5位代表。"
    spans = spans_of(text, [("国道", "LOC"), ("国道", "LOC"), ("国道", "ORG"), ("国道", "LOC"), ("吴云波", "PER"), ("李玉芳", "PER"),
                            ("高胜福", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("国道219", "LOC"), ("219国道", "LOC"), ("国道309", "LOC"), ("吴云波", "PER"), ("李玉芳", "PER"), ("高胜福", "PER")]


def test_a_river_and_the_place_naming_a_section_of_it_are_two_places_without_the_section_word():
    """汉江紫阳段水位, 柚树河仁居段, 吴江段与青浦段 (written dev: read as one place, or with 段): the river and the place are
    two places and 段 stays off (the written labels and MSRA tag so); a province before its county stays one place
    (浙江嘉善段)."""
    text = "汉江紫阳段水位上涨，图为柚树河仁居段。吴江段与青浦段衔接，浙江嘉善段有1.5公里。金沙江石鼓段超警。元荡黎里段镇级河长沈卫东说。"
    spans = spans_of(text, [("汉江紫阳", "LOC"), ("柚树河仁居", "LOC"), ("吴江", "LOC"), ("青浦段", "LOC"), ("浙江嘉善", "LOC"),
                            ("金沙江石鼓段", "LOC"), ("元荡黎", "LOC"), ("镇级河长", "TITLE"), ("沈卫东", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "LOC"] == ["汉江", "紫阳", "柚树河", "仁居", "吴江", "青浦", "浙江嘉善", "金沙江", "石鼓",
                                                          "元荡"]
    assert [(o.name, o.org) for o in extract_officials(text, cleaned)] == [("沈卫东", "元荡")]


def test_a_place_read_on_into_a_policy_term_is_cut_before_it():
    """梅州市平远县柚树河幸福河湖建设项目 (written dev: the place read on into 幸福河湖, the water ministry's happy rivers and
    lakes): cut where the term starts; a body that holds a whole term stays (国务院南水北调办公室)."""
    text = "梅州市平远县柚树河幸福河湖建设项目通过验收。国务院南水北调办公室宣布。"
    spans = spans_of(text, [("梅州市平远县柚树河幸福河", "LOC"), ("国务院南水北调办公室", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["梅州市平远县柚树河", "国务院南水北调办公室"]


def test_the_untagged_places_of_an_elided_list_are_tagged_one_by_one():
    """治理后,沿线仁居、差干两镇约6.8万亩农田 (written dev: both left untagged): LABELS.md tags elided names one by one; not a
    list of common words (国内、国际两个市场), nor one whose count disagrees."""
    text = "治理后,沿线仁居、差干两镇约6.8万亩农田受益，满足国内、国际两个市场，石门、桥头三镇。"
    assert [e.text for e in clean_spans(text, [])] == ["仁居", "差干"]


def test_big_rivers_the_housing_field_and_a_communique_are_no_names():
    """抓好大江大河大湖防汛, 听取气象、水利、住建、交通等部门负责人汇报, 《公报》显示 (CCTV news: read as a place, a body and
    a body): generic words; a paper whose name ends so stays (《大公报》)."""
    text = "抓好大江大河大湖防汛，听取住建、交通等部门汇报。《公报》显示，《大公报》报道。"
    spans = spans_of(text, [("大江", "LOC"), ("住建", "ORG"), ("公报", "ORG"), ("大公报", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["大公报"]


def test_a_name_left_untagged_after_the_persons_age_is_a_person():
    """今年62岁的雷水根，已经在这条山路上巡查了11年 (written dev: the tagger left him untagged): a name after an age is
    tagged as after 村民; an honorific is no name (85岁的孙大伯说), nor a common word (21岁的时候)."""
    text = "今年62岁的雷水根，已经巡查了11年。85岁的孙大伯说。21岁的时候，他离开了家。"
    assert [(e.text, e.type) for e in clean_spans(text, [])] == [("雷水根", "PER")]


def test_a_piece_of_keeps_in_mind_is_no_person():
    """生态文明建设，习近平总书记念兹在兹 (CCTV news: 念兹在 read as a person after the post, and made an official): a span
    inside 念兹在兹 names nobody."""
    text = "生态文明建设，习近平总书记念兹在兹。"
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("念兹在", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned] == ["习近平", "总书记"]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("习近平", "总书记")]



def test_your_province_a_document_code_and_beijings_non_capital_functions_name_no_place():
    """赴你省巴东县官渡口镇马鬃山村, 鄂政文〔2004〕15号, 疏解北京非首都功能, 国产曲轴 (gov.cn documents: 你省 read into the
    chain, the issuer's code read as a person, 非 read into Beijing, 国产 as a body): 你省 is no place and comes off the
    chain, the code is none, Beijing is Beijing."""
    text = "专家组赴你省巴东县官渡口镇马鬃山村调查。（鄂政文〔2004〕15号）收悉。疏解北京非首都功能，国产曲轴。"
    spans = spans_of(text, [("你省巴东县官渡口镇马鬃山村", "LOC"), ("鄂政文", "PER"), ("北京非", "LOC"), ("国产", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["巴东县官渡口镇马鬃山村", "北京"]


def test_bodies_and_zones_by_their_kind_a_places_name_and_a_rosters_header_in_government_documents():
    """以哈尔滨市名义申办; 中央政府门户网站…该门户网站; 成 员：…; 国家级高新技术产业开发区 (gov.cn documents): the place,
    not a body, read with 名义; bodies and zones by their kind and a roster's padded header are no names."""
    text = "同意以哈尔滨市名义申办运动会。该门户网站发布。成 员：王伟。建设国家级高新技术产业开发区。"
    spans = spans_of(text, [("哈尔滨市名义", "ORG"), ("门户网站", "ORG"), ("成 员", "PER"), ("王伟", "PER"), ("高新技术产业开发区", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("哈尔滨市", "LOC"), ("王伟", "PER")]


def test_a_place_read_without_its_unit_gets_it_and_a_lone_ya_of_the_asian_para_games_is_none():
    """贵州省普安县、沿河县等3省4县; 黄杜村农民党员 beside 黄杜村; 4场为亚残运测试赛事 (CCTV news: the tagger read 沿河 and
    黄杜 without their unit and 亚 alone as a place): the place gets its unit, the lone 亚 goes; not a city before a
    word its 市 opens (南昌|市区)."""
    text = "确定贵州省普安县、沿河县等4县。今年，黄杜村20名党员写信，黄杜村农民党员捐赠。4场为亚残运测试赛事。南昌市区公交。"
    spans = spans_of(text, [("贵州省普安县", "LOC"), ("沿河", "LOC"), ("黄杜村", "LOC"), ("黄杜", "LOC"), ("亚", "LOC"), ("南昌", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["贵州省普安县", "沿河县", "黄杜村", "黄杜村", "南昌"]


def test_a_place_read_on_into_its_whole_unit_is_cut_back_and_the_marathon_is_no_person():
    """现已在临安全市中小学展开 (CCTV news: read as one body): the place, 临安; 全市 names nothing. 马拉松游泳 (read as a
    person): the race is no name."""
    text = "现已在临安全市中小学展开。马拉松游泳上午展开决赛。"
    spans = spans_of(text, [("临安全市中小学", "ORG"), ("马拉松", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("临安", "LOC")]


def test_a_post_after_a_bureau_named_by_its_level_does_not_point_back_to_an_earlier_bureau():
    """青田县水利局局长陈伟、县农业农村局副局长林芳 (a local-news pattern): 林芳's post is the county's agriculture bureau's,
    named by its level (no entity), so no org, not the water bureau named before; a bare 副局长 still is the bureau's."""
    text = "青田县水利局局长陈伟、县农业农村局副局长林芳陪同调研。莲都区水利局局长张三、副局长李四陪同。"
    spans = spans_of(text, [("青田县水利局", "ORG"), ("局长", "TITLE"), ("陈伟", "PER"), ("副局长", "TITLE"), ("林芳", "PER"),
                            ("莲都区水利局", "ORG"), ("局长", "TITLE"), ("张三", "PER"), ("副局长", "TITLE"), ("李四", "PER")])
    assert [(o.name, o.org) for o in extract_officials(text, spans)] == [
        ("陈伟", "青田县水利局"), ("林芳", None), ("张三", "莲都区水利局"), ("李四", "莲都区水利局")]


def test_a_deputys_bare_post_after_a_comma_points_back_to_the_body_of_its_kind():
    """国网缙云县供电公司党委书记、总经理徐超，副总经理潘敏陪同 (a local-news pattern): the deputy's bare post names its kind
    of body as the head's does (总经理 → …公司), so 潘敏 is the company's 副总经理."""
    text = "国网缙云县供电公司党委书记、总经理徐超，副总经理潘敏陪同。"
    spans = spans_of(text, [("国网缙云县供电公司", "ORG"), ("党委书记", "TITLE"), ("总经理", "TITLE"), ("徐超", "PER"), ("副总经理", "TITLE"),
                            ("潘敏", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [
        ("徐超", "党委书记", "国网缙云县供电公司"), ("徐超", "总经理", "国网缙云县供电公司"), ("潘敏", "副总经理", "国网缙云县供电公司")]


def test_a_government_heads_bare_post_points_back_to_the_place_of_its_party_committee():
    """仙居县委书记李跃旗，县长陈华辉 (a local-news pattern): the county head's bare post points back to the county whose
    committee the text names, 仙居县 (as a post carried over from 上海市委 to 副市长 is 上海市's)."""
    text = "仙居县委书记李跃旗，县长陈华辉等参加活动。"
    spans = spans_of(text, [("仙居县委", "ORG"), ("书记", "TITLE"), ("李跃旗", "PER"), ("县长", "TITLE"), ("陈华辉", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [
        ("李跃旗", "书记", "仙居县委"), ("陈华辉", "县长", "仙居县")]


def test_a_level_body_joined_to_a_person_by_he_is_no_body_and_its_head_refers_to_no_other_level():
    """丽水市民政局党组成员、副局长叶青和县民政局局长蓝芳 (a local-news pattern; the tagger read 和县民政局, 和县 being a
    county elsewhere): the joiner goes with the person before, the county bureau is named by its level (no entity),
    and its head's post does not refer back to the city's bureau; 安徽省和县民政局 stays a body."""
    text = "丽水市民政局党组成员、副局长叶青和县民政局局长蓝芳参加座谈。安徽省和县民政局局长王五说。"
    spans = spans_of(text, [("丽水市民政局", "ORG"), ("党组成员", "TITLE"), ("副局长", "TITLE"), ("叶青", "PER"), ("和县民政局", "ORG"),
                            ("局长", "TITLE"), ("蓝芳", "PER"), ("安徽省和县民政局", "ORG"), ("局长", "TITLE"), ("王五", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "ORG"] == ["丽水市民政局", "安徽省和县民政局"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("叶青", "党组成员", "丽水市民政局"), ("叶青", "副局长", "丽水市民政局"), ("蓝芳", "局长", None), ("王五", "局长", "安徽省和县民政局")]


def test_orchards_a_plants_grounds_and_festivals_are_no_names():
    """留下了今天的一片古桑园, 河钢集团石家庄钢铁公司新厂区, 这个中秋 (CCTV news: read as places and a body): generic words."""
    text = "留下了今天的一片古桑园。这里是河钢集团石家庄钢铁公司新厂区。这个中秋，同学们写信。"
    spans = spans_of(text, [("桑园", "LOC"), ("河钢集团石家庄钢铁公司", "ORG"), ("新厂区", "LOC"), ("中秋", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["河钢集团石家庄钢铁公司"]


def test_the_head_of_states_post_keeps_its_state_and_a_road_and_its_sections_province_are_two_places():
    """近日，国家主席习近平…复信 (CCTV news: the tagger read 国家主席习 + 近平, and the post came back without 国家);
    许广高速湖南段车流集中 (read as one place): 国家主席 is the post; the expressway and the province are two places."""
    text = "近日，国家主席习近平复信小学生。许广高速湖南段车流集中。"
    spans = spans_of(text, [("国家主席习", "TITLE"), ("近平", "PER"), ("许广高速湖南", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("国家主席", "TITLE"), ("习近平", "PER"), ("许广高速", "LOC"), ("湖南", "LOC")]


def test_a_weak_village_by_its_kind_and_centrally_administered_are_no_names():
    """全国共排查确定软弱涣散村党组织57688个, 在京中央企业、中管金融企业 (CCTV news: read as a place and a body): a kind of
    village, and a generic word."""
    text = "全国共排查确定软弱涣散村党组织57688个。在京中央企业、中管金融企业参加。"
    spans = spans_of(text, [("软弱涣散村", "LOC"), ("中管", "ORG")])
    assert clean_spans(text, spans) == []


def test_a_bureau_named_by_its_level_that_jieba_reads_as_one_word_is_no_name():
    """遂昌县副县长、县公安局局长李明 (a local-news pattern; jieba reads 县公安局 as one word, so the level word is no word
    of its own): LABELS.md tags no body named by its level, and the official's second post has no org; a district's
    bureau stays (市南区民政局)."""
    text = "遂昌县副县长、县公安局局长李明通报情况。市南区民政局局长王五说。"
    spans = spans_of(text, [("遂昌县", "LOC"), ("副县长", "TITLE"), ("县公安局", "ORG"), ("局长", "TITLE"), ("李明", "PER"),
                            ("市南区民政局", "ORG"), ("局长", "TITLE"), ("王五", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "ORG"] == ["市南区民政局"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("李明", "副县长", "遂昌县"), ("李明", "局长", None), ("王五", "局长", "市南区民政局")]


def test_a_cadre_however_qualified_is_a_role_not_a_post():
    """村党支部书记李清学和村干部臧春英一边巡查水情 (CCTV news: the tagger read 村干部 as a post): LABELS.md's 干部 is a role,
    so 臧春英 is no official; the Party secretary stays one."""
    text = "小台子村突降暴雨，村党支部书记李清学和村干部臧春英一边巡查水情。"
    spans = spans_of(text, [("小台子村", "LOC"), ("党支部书记", "TITLE"), ("李清学", "PER"), ("村干部", "TITLE"),
                            ("臧春英", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["党支部书记"]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("李清学", "党支部书记")]


def test_a_village_read_without_its_first_character_grows_to_the_village_its_chain_names():
    """葫芦岛市建昌县黑山科乡小台子村 … 2021年当选小|台子村党支部书记 (CCTV news): the text names the village whole at the end
    of a chain, so the short mention grows to it, on a word's start right after the township's unit."""
    text = "葫芦岛市建昌县黑山科乡小台子村突降暴雨。他2021年当选小台子村党支部书记。"
    spans = spans_of(text, [("葫芦岛市建昌县黑山科乡小台子村", "LOC"), ("台子村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["葫芦岛市建昌县黑山科乡小台子村", "小台子村"]


def test_a_name_before_a_comma_and_a_dated_election_holds_the_post_after_it():
    """今年50岁的李清学，2021年当选小台子村党支部书记 (CCTV news): the name is the topic of the clause after the comma, as
    in 孙丽美，生前系…党支部书记, so the post is kept and its holder is an official."""
    text = "今年50岁的李清学，2021年当选小台子村党支部书记。"
    spans = spans_of(text, [("李清学", "PER"), ("小台子村", "LOC"), ("党支部书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned] == ["李清学", "小台子村", "党支部书记"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("李清学", "党支部书记", "小台子村")]


def test_a_place_or_body_before_one_of_is_a_kind_cut_to_the_place_it_opens_with():
    """在极贫县之一的都安县 and 君主航空是英国老牌航空公司之一 (CCTV news: 极贫县 read as a county, 英国老牌航空公司 as one
    body): what stands before 之一 is a kind; a place it opens with stays, as a LOC."""
    text = "在极贫县之一的都安县，当地正扶持贫困户。君主航空是英国老牌航空公司之一。"
    spans = spans_of(text, [("极贫县", "LOC"), ("都安县", "LOC"), ("英国老牌航空公司", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("都安县", "LOC"), ("英国", "LOC")]


def test_a_name_after_an_athletes_role_read_as_a_body_is_a_person_even_where_it_is_a_noun():
    """另外一位中国选手童心夺得…金牌 (CCTV news: 童心 read as a body; jieba's 童心 is childlike heart): the athlete."""
    text = "另外一位中国选手童心夺得女子太极拳全能项目的金牌。"
    spans = spans_of(text, [("中国", "ORG"), ("选手", "TITLE"), ("童心", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("中国", "LOC"), ("童心", "PER")]


def test_nothing_inside_a_quoted_nickname_of_a_head_is_tagged():
    """许巧珍之所以有“月光书记”这个称呼 (CCTV news: 月光 read as a place): a head's nickname holds no place."""
    text = "许巧珍之所以有“月光书记”这个称呼。"
    spans = spans_of(text, [("许巧珍", "PER"), ("月光", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["许巧珍"]


def test_a_desert_tree_a_mountain_road_and_a_wind_farm_are_no_places():
    """随着巴州、阿克苏等地胡杨逐步进入最佳观赏季, 修这条17公里长的盘山路, 在海上风电场附近 (CCTV news: read as places)."""
    text = "随着巴州、阿克苏等地胡杨逐步进入最佳观赏季。修这条17公里长的盘山路。在海上风电场附近并网。"
    spans = spans_of(text, [("巴州", "LOC"), ("阿克苏", "LOC"), ("胡杨", "LOC"), ("盘山路", "LOC"), ("海上风电场", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["巴州", "阿克苏"]


def test_a_villages_doubled_unit_goes_into_a_heads_post_after_it():
    """上任不久的邹城韩庄村村主任刘先伟 (CCTV news: read 韩庄村村 + 主任): the second 村 opens the post 村主任, as the written
    labels' 村委会主任; before a party organ it stays untagged (上罗镇镇|党委书记)."""
    text = "上任不久的邹城韩庄村村主任刘先伟说。上罗镇镇党委书记王明说。"
    spans = spans_of(text, [("邹城", "LOC"), ("韩庄村村", "LOC"), ("主任", "TITLE"), ("刘先伟", "PER"),
                            ("上罗镇镇", "LOC"), ("党委书记", "TITLE"), ("王明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned] == ["邹城韩庄村", "村主任", "刘先伟", "上罗镇", "党委书记", "王明"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("刘先伟", "村主任", "邹城韩庄村"), ("王明", "党委书记", "上罗镇")]


def test_a_bodys_last_character_read_into_its_deputys_post_goes_back_to_the_body():
    """安徽省颍上县杨湖海事所原副所长江舟 (CCTV news: read …杨湖海事 + 所原副所长): the post of a deputy or former head that
    ends with the body's character gives the one before it back, as 所所长 does (and 原, former, comes off the post:
    stop 94)."""
    text = "安徽省颍上县杨湖海事所原副所长江舟工作严重失职。"
    spans = spans_of(text, [("安徽省颍上县杨湖海事", "ORG"), ("所原副所长", "TITLE"), ("江舟", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned] == ["安徽省颍上县杨湖海事所", "副所长", "江舟"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("江舟", "副所长", "安徽省颍上县杨湖海事所")]


def test_a_name_before_a_comma_and_a_time_word_holds_the_posts_after_it():
    """陆秀兴，现在是佛山市禅城区张槎街道古灶村党委书记、村委会主任 (CCTV news: the posts were dropped as held by no one)."""
    text = "陆秀兴，现在是张槎街道古灶村党委书记、村委会主任。"
    spans = spans_of(text, [("陆秀兴", "PER"), ("张槎街道古灶村", "LOC"), ("党委书记", "TITLE"), ("村委会主任", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("陆秀兴", "党委书记", "张槎街道古灶村"), ("陆秀兴", "村委会主任", "张槎街道古灶村")]


def test_a_dirty_or_hollow_village_by_its_kind_and_a_food_street_are_no_places():
    """过去的脏乱村变得干净整洁, 充实“空壳村”, 在美食街开了一家小饭店 (CCTV news: read as places)."""
    text = "过去的脏乱村变得干净整洁。充实空壳村。村民在美食街开了一家小饭店。"
    spans = spans_of(text, [("脏乱村", "LOC"), ("空壳村", "LOC"), ("美食街", "LOC")])
    assert clean_spans(text, spans) == []


def test_one_official_per_person_and_post_where_the_body_is_named_once_with_its_units_left_out():
    """甘肃酒泉市永久村党总支书记王生兵 … 甘肃酒泉永久村 (CCTV news names the village both ways): one entry, with the
    fuller body; a post in another body stays apart."""
    text = "甘肃酒泉市永久村党总支书记王生兵说。甘肃酒泉永久村党总支书记王生兵介绍。王生兵还是酒泉市人大代表。"
    spans = spans_of(text, [("甘肃酒泉市永久村", "LOC"), ("党总支书记", "TITLE"), ("王生兵", "PER"),
                            ("甘肃酒泉永久村", "LOC"), ("党总支书记", "TITLE"), ("王生兵", "PER"), ("王生兵", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, spans)] == [
        ("王生兵", "党总支书记", "甘肃酒泉市永久村")]
    assert [(o.name, o.title, o.org) for o in extract_officials("A村书记王五说。B镇书记王五说。", spans_of(
        "A村书记王五说。B镇书记王五说。", [("A村", "LOC"), ("书记", "TITLE"), ("王五", "PER"), ("B镇", "LOC"), ("书记", "TITLE"),
                                  ("王五", "PER")]))] == [("王五", "书记", "A村"), ("王五", "书记", "B镇")]


def test_a_name_before_a_comma_and_a_clause_of_only_its_body_and_post_holds_the_post():
    """袁少敏，孝感市陡岗镇袁湖村党支部书记。 (CCTV news: the post was dropped as held by no one): the clause after the comma
    says what the name is; a clause that goes on past the post is no such apposition (王五，镇长说。 keeps nothing)."""
    text = "袁少敏，孝感市陡岗镇袁湖村党支部书记。王五，袁湖村党支部书记带队检查。"
    spans = spans_of(text, [("袁少敏", "PER"), ("孝感市陡岗镇袁湖村", "LOC"), ("党支部书记", "TITLE"), ("王五", "PER"),
                            ("袁湖村", "LOC"), ("党支部书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["党支部书记"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("袁少敏", "党支部书记", "孝感市陡岗镇袁湖村")]


def test_a_campus_named_right_after_its_body_is_part_of_it():
    """张国清先后来到北京大学第一医院密云院区 (CCTV news: 密云院区 read as a place of its own): one ORG."""
    text = "张国清先后来到北京大学第一医院密云院区、密云区中医医院。"
    spans = spans_of(text, [("张国清", "PER"), ("北京大学第一医院", "ORG"), ("密云院区", "LOC"), ("密云区中医医院", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("张国清", "PER"), ("北京大学第一医院密云院区", "ORG"), ("密云区中医医院", "ORG")]


def test_a_social_security_bureau_by_its_kind_alone_is_no_name():
    """他来到县里的社保局办理了…手续 (CCTV news: read as a body): a bureau named by its kind alone."""
    text = "他来到县里的社保局办理了助保贷款手续。"
    assert clean_spans(text, spans_of(text, [("社保局", "ORG")])) == []


def test_a_unique_body_read_on_into_the_words_after_it_is_cut_back_to_the_body():
    """国家防总派工作组赴黑龙江 (a CCTV headline: read 国家防总派工作 as one body, stopping inside 工作组): the national
    body alone; a department after it whose post doubles its last character stays (中央政策研究室政治组|组长)."""
    text = "国家防总派工作组赴黑龙江协助防汛。中央政策研究室政治组组长王五。"
    spans = spans_of(text, [("国家防总派工作", "ORG"), ("黑龙江", "LOC"), ("中央政策研究室政治组", "ORG"), ("组长", "TITLE"),
                            ("王五", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["国家防总", "中央政策研究室政治组"]


def test_a_bulletin_or_blue_book_in_book_title_marks_is_no_name_even_read_whole():
    """水利部近日发布2024年《中国水资源公报》 (CCTV news: read as a body): a document's title, as 《…协定》 is."""
    text = "水利部近日发布2024年《中国水资源公报》。论坛上还发布了《视听新媒体蓝皮书》。"
    spans = spans_of(text, [("水利部", "ORG"), ("中国水资源公报", "ORG"), ("视听新媒体蓝皮书", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["水利部"]


def test_a_verb_of_conferring_an_honour_is_no_post():
    """国务院扶贫办日前追授黄文秀同志“全国脱贫攻坚模范”称号 (CCTV news: 追授 read as a post, and 黄文秀 its holder)."""
    text = "国务院扶贫办日前追授黄文秀同志“全国脱贫攻坚模范”称号。"
    spans = spans_of(text, [("国务院扶贫办", "ORG"), ("追授", "TITLE"), ("黄文秀", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned] == ["国务院扶贫办", "黄文秀"] and extract_officials(text, cleaned) == []


def test_a_place_read_into_a_word_for_old_villages_is_cut_back_to_the_place():
    """芙蓉村将打造成为楠溪江古村落旅游的示范点 (a local paragraph: read 楠溪江古村 as one place, stopping inside 古村落,
    a common word that jieba tags as a name): the river alone."""
    text = "芙蓉村将打造成为楠溪江古村落旅游的示范点。"
    spans = spans_of(text, [("芙蓉村", "LOC"), ("楠溪江古村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["芙蓉村", "楠溪江"]


def test_the_subject_of_a_biography_sentence_holds_the_posts_its_clauses_name():
    """谢高华，1931年出生，浙江衢州人，1982年5月至1984年12月期间任义乌县委书记 (CCTV news: the post was dropped as held by
    no one): the person who opens the sentence holds the post of each clause that opens with a verb of holding, maybe
    after a date; not where another person stands before the clause (王五，李四的同学，现任…)."""
    text = "谢高华，1931年出生，1982年5月至1984年12月期间任义乌县委书记，曾任镇海镇镇长。王五，李四的同学，现任城关镇党委书记。"
    spans = spans_of(text, [("谢高华", "PER"), ("义乌县委", "ORG"), ("书记", "TITLE"), ("镇海镇", "LOC"), ("镇长", "TITLE"),
                            ("王五", "PER"), ("李四", "PER"), ("城关镇", "LOC"), ("党委书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["书记", "镇长"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("谢高华", "书记", "义乌县委"), ("谢高华", "镇长", "镇海镇")]


def test_a_bureaus_group_before_a_post_stays_in_the_body():
    """袁庚被任命为招商局集团常务副董事长 (CCTV news: the tail rule gave 集团 to the post, as it gives a team's 运检 back):
    a tail ending in 团 names a body of its own."""
    text = "袁庚被任命为招商局集团常务副董事长。"
    spans = spans_of(text, [("袁庚", "PER"), ("招商局集团", "ORG"), ("常务副董事长", "TITLE")])
    assert [e.text for e in clean_spans(text, spans)] == ["袁庚", "招商局集团", "常务副董事长"]


def test_a_verb_of_holding_read_into_a_level_body_is_cut_off_and_the_chain_goes_on():
    """拜泉县市场监督管理局原党委书记兼局长、时任县扶贫办主任刘文阁 (CCTV news: 时任县扶贫办 read as one body): the verb
    goes, the bureau named by its level is no name, and its post is the person's too, with no body."""
    text = "黑龙江省拜泉县市场监督管理局原党委书记兼局长、时任县扶贫办主任刘文阁等人玩忽职守。"
    spans = spans_of(text, [("黑龙江省拜泉县市场监督管理局", "ORG"), ("党委书记", "TITLE"), ("局长", "TITLE"),
                            ("时任县扶贫办", "ORG"), ("主任", "TITLE"), ("刘文阁", "PER")])
    cleaned = clean_spans(text, spans)
    assert "时任县扶贫办" not in [e.text for e in cleaned]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("刘文阁", "党委书记", "黑龙江省拜泉县市场监督管理局"), ("刘文阁", "局长", "黑龙江省拜泉县市场监督管理局"),
        ("刘文阁", "主任", None)]


def test_other_mentions_of_a_two_character_name_are_tagged_before_a_function_character():
    """“90后”姑娘程桔从繁华的广州回到家乡 … 在程桔的动员下 (CCTV news: 程桔 tagged at other mentions, not these): a mention
    before 从, 的 or 也 stands alone; a longer name's first two characters do not (程桔学 stays untagged)."""
    text = "姑娘程桔从广州回到家乡。程桔任村支书。在程桔的动员下，程桔学也来了。"
    spans = spans_of(text, [("程桔", "PER"), ("程桔", "PER")])
    spans = [e for e in spans if e.start > 5]
    assert [e.start for e in clean_spans(text, spans) if e.text == "程桔"] == [2, 12, 20]


def test_a_person_before_the_whole_of_its_unit_that_ends_a_place_tagged_elsewhere_is_the_place():
    """在山东邹平 … 现在，邹平全市共建设高标准农田 (CCTV news: 邹平 read as a person there; jieba lists it as one): a place;
    a person before 全村 that names no place of the text stays (书记李富林全村…, MSRA)."""
    text = "在山东邹平，当地加大建设力度。现在，邹平全市共建设高标准农田。党支部书记李富林全村800多户。"
    spans = spans_of(text, [("山东邹平", "LOC"), ("邹平", "PER"), ("党支部书记", "TITLE"), ("李富林", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "TITLE"] == [
        ("山东邹平", "LOC"), ("邹平", "LOC"), ("李富林", "PER")]


def test_a_person_read_on_into_going_back_to_the_village_is_the_person():
    """2014年10月，程桔回村参加村两委换届选举 (CCTV news: 程桔回村 read as a village; 程桔 is tagged elsewhere)."""
    text = "程桔任村支书。2014年10月，程桔回村参加村两委换届选举。"
    spans = spans_of(text, [("程桔", "PER"), ("村支书", "TITLE"), ("程桔回村", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "TITLE"] == [("程桔", "PER"), ("程桔", "PER")]


def test_a_place_read_on_into_the_family_of_a_family_farm_is_cut_back():
    """显示在黑龙江家庭农场主姬迎秋的手机上 (CCTV news: 黑龙江家庭 read as one place): the province alone."""
    text = "一份报告就显示在黑龙江家庭农场主姬迎秋的手机上。"
    spans = spans_of(text, [("黑龙江家庭", "LOC"), ("姬迎秋", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["黑龙江", "姬迎秋"]


def test_a_short_body_that_is_the_short_name_of_a_village_tagged_in_full_is_the_village():
    """在景德镇三宝村即将竣工的美术馆 … 吸引各个层面的陶瓷文创企业来三宝创新创业 (CCTV news: 三宝 read as a body): the village
    by its short name, a LOC; a body ending like one stays (三宝集团)."""
    text = "在景德镇三宝村即将竣工的美术馆。吸引企业来三宝创新创业，三宝集团也来了。"
    spans = spans_of(text, [("景德镇三宝村", "LOC"), ("三宝", "ORG"), ("三宝集团", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("景德镇三宝村", "LOC"), ("三宝", "LOC"), ("三宝集团", "ORG")]


def test_a_rivers_ice_breaking_up_is_no_place():
    """黄河内蒙古段提前开河, 累计开河244公里 (CCTV news: 开河 read as a place; jieba lists it as one)."""
    text = "黄河内蒙古段提前开河，已累计开河244公里。"
    spans = spans_of(text, [("黄河", "LOC"), ("内蒙古", "LOC"), ("开河", "LOC"), ("开河", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["黄河", "内蒙古"]


def test_a_village_read_without_its_unit_before_a_part_of_it_gets_the_unit():
    """这几天，半山村边上的大桥正加紧施工 … 半山村村小地少 (CCTV news: read 半山 alone; jieba reads 村边 and 村村), beside
    半山村 tagged whole: the village."""
    text = "回到老家半山村。半山村边上的大桥正在施工。半山村村小地少。"
    spans = spans_of(text, [("半山村", "LOC"), ("半山", "LOC"), ("半山", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["半山村", "半山村", "半山村"]


def test_a_rivers_channel_stays_off_it_and_a_breach_is_no_place():
    """工作组实地查看了七里河河道、决堤口…，对决口原因进行会商分析 (CCTV news: read as places)."""
    text = "工作组实地查看了七里河河道、决堤口等，对决口原因进行会商分析。"
    spans = spans_of(text, [("七里河河道", "LOC"), ("决堤口", "LOC"), ("决口", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["七里河"]


def test_a_place_stopping_inside_a_lake_the_text_tags_often_goes_on_to_its_end():
    """在大理洱海边，他嘱咐…一定要把洱海保护好 (CCTV news: read 大理洱 + 海边; 洱海 tagged at its other mentions)."""
    text = "习近平在大理洱海边嘱咐当地干部，一定要把洱海保护好。洱海今天的变化源于治理。"
    spans = spans_of(text, [("习近平", "PER"), ("大理洱", "LOC"), ("洱海", "LOC"), ("洱海", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["习近平", "大理洱海", "洱海", "洱海"]


def test_a_two_character_person_before_one_more_character_and_a_verb_of_speaking_gets_it():
    """民政部部长陆治原介绍 (CCTV news: read 陆治 and left 原 out as "former"), 项目经理孔祥同介绍说 (CLUENER dev):
    the third character of the name; an adverb stays out (王五也说)."""
    text = "民政部部长陆治原介绍，王五也说，项目经理孔祥同介绍说。"
    spans = spans_of(text, [("民政部", "ORG"), ("部长", "TITLE"), ("陆治", "PER"), ("王五", "PER"), ("项目经理", "TITLE"),
                            ("孔祥", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["陆治原", "王五", "孔祥同"]


def test_a_numbered_road_and_its_sections_place_read_as_one_before_duan_are_two_places():
    """在拉萨到日喀则的318国道尼木段 (CCTV news: read 318国道尼木 as one place): the road and the county."""
    text = "在拉萨到日喀则的318国道尼木段的一处崎岖路段。"
    spans = spans_of(text, [("拉萨", "LOC"), ("日喀则", "LOC"), ("318国道尼木", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["拉萨", "日喀则", "318国道", "尼木"]


def test_a_team_of_party_members_read_up_to_the_party_is_made_whole():
    """张黎明还是黎明共产党员服务队的队长 (CCTV news: read 黎明共产党 as the body, stopping inside 共产党员): the team."""
    text = "张黎明还是黎明共产党员服务队的队长，24小时随叫随到。"
    spans = spans_of(text, [("张黎明", "PER"), ("黎明共产党", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["张黎明", "黎明共产党员服务队"]


def test_a_place_that_opens_its_language_is_no_place():
    """英语、阿拉伯语、西班牙语、俄语等8个语种 (written dev: read 西班牙 as a place): jieba reads 西班牙语 as one word, the
    language; the place stays where it stands alone (在西班牙学习) or before its culture (中国文化)."""
    text = "中心配备英语、阿拉伯语、西班牙语等8个语种的服务，他曾在西班牙学习中国文化。"
    spans = spans_of(text, [("阿拉伯", "LOC"), ("西班牙", "LOC"), ("西班牙", "LOC"), ("中国", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["西班牙", "中国"]


def test_a_street_or_market_named_by_its_kind_is_no_place_and_leaves_its_town():
    """温州市瑞安市塘下镇的夜宵街…在塘下镇夜宵街巡逻, 在茶市做了二十多年生意, 推动酒庄旅游 (written dev): a night-snack
    street, a tea market and a winery named by their kind alone; a named street keeps its kind (上海南京路步行街)."""
    text = "塘下镇的夜宵街依旧人声鼎沸，队员在塘下镇夜宵街巡逻。他在茶市做生意，推动酒庄旅游，逛上海南京路步行街。"
    spans = spans_of(text, [("塘下镇", "LOC"), ("夜宵街", "LOC"), ("塘下镇夜宵街", "LOC"), ("茶市", "LOC"), ("酒庄", "LOC"),
                            ("上海南京路步行街", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["塘下镇", "塘下镇", "上海南京路步行街"]


def test_a_verb_and_its_particle_after_a_held_post_is_no_person():
    """家里正准备中午饭，习近平总书记来了。(CCTV news: read 来了 as the post's second holder): a verb and 了, 着 or 过
    after a post its holder is named before; a name of two characters stays (习近平总书记|彭丽媛)."""
    text = "家里正准备中午饭，习近平总书记来了。"
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("来了", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["习近平", "总书记"]


def test_a_border_or_poor_village_named_by_its_kind_alone_is_no_place():
    """老支书们来自沧源县两个乡的9个边境村 (CCTV news: read 边境村 as a place): a kind of village by its standing."""
    text = "老支书们来自沧源县两个乡的9个边境村，帮扶全县贫困村，来到闽宁移民村。"
    spans = spans_of(text, [("沧源县", "LOC"), ("边境村", "LOC"), ("贫困村", "LOC"), ("闽宁移民村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["沧源县", "闽宁移民村"]


def test_policy_words_and_a_vice_jieba_lists_as_names_are_no_places_or_bodies():
    """更加宜居的中国乡村, “三农”工作有了总抓手, 因班子成员大操大办婚宴问题被问责 (CCTV news: read as places and bodies)."""
    text = "这是更加宜居的中国乡村。“三农”工作有了总抓手。因班子成员大操大办婚宴问题被问责。"
    spans = spans_of(text, [("宜居", "LOC"), ("中国", "LOC"), ("三农", "ORG"), ("大操大办", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["中国"]


def test_a_peoples_name_read_on_to_the_end_of_a_place_is_cut_off():
    """在吉林延边朝鲜族农家，总书记盘腿而坐 (CCTV news: read 吉林延边朝鲜 as one place): the place without the people;
    an autonomous prefecture keeps its people (延边朝鲜族自治州)."""
    text = "在吉林延边朝鲜族农家，总书记盘腿而坐。延边朝鲜族自治州位于吉林东部。"
    spans = spans_of(text, [("吉林延边朝鲜", "LOC"), ("延边朝鲜族自治州", "LOC"), ("吉林", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["吉林延边", "延边朝鲜族自治州", "吉林"]


def test_a_city_left_untagged_before_its_own_party_secretarys_or_mayors_post_is_a_place():
    """毕节市委书记周建琨向总书记汇报说 (CCTV news: 毕节 left untagged, the post read as 市委 + 书记): the city, a LOC,
    and so the official's place; not a name that opens a longer word there (北京市民)."""
    text = "毕节市委书记周建琨向总书记汇报说。北京市民纷纷点赞。"
    spans = spans_of(text, [("市委书记", "TITLE"), ("周建琨", "PER"), ("总书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("毕节", "LOC"), ("市委书记", "TITLE"), ("周建琨", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("周建琨", "市委书记", "毕节")]


def test_a_rivers_dyke_goes_off_the_river_and_a_named_care_home_after_its_place_is_a_body():
    """湖南涓水河堤在湘潭县先后出现三处损毁, 前往南和区城东老年公寓展开清淤作业 (CCTV news: read 涓水河堤 as one place,
    the care home as a place): the river, and the care home an ORG."""
    text = "湖南涓水河堤在湘潭县出现损毁。官兵前往南和区城东老年公寓展开清淤作业。"
    spans = spans_of(text, [("湖南", "LOC"), ("涓水河堤", "LOC"), ("湘潭县", "LOC"), ("南和区城东老年公寓", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("湖南涓水", "LOC"), ("湘潭县", "LOC"), ("南和区城东老年公寓", "ORG")]


def test_a_river_and_a_countys_section_are_two_places_and_a_direction_is_no_body():
    """黄河托克托县段近日出现大面积的流凌, 推动湖北成为促进中部崛起的重要战略支点 (CCTV news: read 黄河托克托县 as one
    place, 中部 as a body): the river and the county; the direction is nothing."""
    text = "黄河托克托县段近日出现流凌。推动湖北成为促进中部崛起的重要战略支点。"
    spans = spans_of(text, [("黄河托克托县", "LOC"), ("湖北", "LOC"), ("中部", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["黄河", "托克托县", "湖北"]


def test_a_place_before_its_natural_areas_word_is_read_with_it():
    """地处秦岭余脉与青藏高原东缘, 可以从舟山本岛调水, 茂县地处龙门山地震带 (written dev: read 青藏, 舟山, 龙门山): LABELS.md
    tags the plateau, the main island and the fault zone whole, as the written labels do 17 times of 19; not a word
    that goes on past the area word (华北平原地区 stays whole; 山东|平原县 is a county)."""
    text = "地处秦岭余脉与青藏高原东缘。可以从舟山本岛调水。茂县地处龙门山地震带。"
    spans = spans_of(text, [("秦岭", "LOC"), ("青", "LOC"), ("藏", "LOC"), ("舟山", "LOC"), ("茂县", "LOC"), ("龙门山", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["秦岭", "青藏高原", "舟山本岛", "茂县", "龙门山地震带"]


def test_a_place_read_on_into_a_verb_of_policy_news_is_cut_there():
    """已经成为南平助力乡村振兴战略的新一代科技特派员 (CCTV news: read 南平助力 as one place): 助力 opens the predicate."""
    text = "专家们已经成为南平助力乡村振兴战略的新一代科技特派员。"
    spans = spans_of(text, [("南平助力", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["南平"]


def test_common_nouns_read_as_places_are_no_places_but_a_person_of_the_name_stays():
    """学雷锋活动从城市社区到田野乡村广泛开展, 看望了日托所的老人, 围绕一江两岸打造城市会客厅 (CCTV news: read 田野, 日托,
    一江 as places); CLUENER's person 田野 stays."""
    text = "活动从城市社区到田野乡村广泛开展。总书记看望了日托所的老人。围绕一江两岸打造城市会客厅。演员田野说。"
    spans = spans_of(text, [("田野", "LOC"), ("日托", "LOC"), ("一江", "LOC"), ("田野", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("田野", "PER")]


def test_a_breach_and_a_cliff_read_as_places_are_no_places():
    """大坝出现了近十米的溃口, 毛相林：绝壁凿通幸福路 (CCTV news: read as places)."""
    text = "大坝出现了近十米的溃口。毛相林：绝壁凿通幸福路。"
    spans = spans_of(text, [("溃口", "LOC"), ("毛相林", "PER"), ("绝壁", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["毛相林"]


def test_a_body_stopping_inside_a_schools_name_is_given_the_rest_of_it():
    """新区联合吉林大学、长春汽车工业高等专科学校等院校 (written dev: read 长春汽车工业高 as the body, which was cut back to
    长春): the school; a body stopping inside a common word with no school after it is still cut back (意大利工会组|织)."""
    text = "新区联合吉林大学、长春汽车工业高等专科学校等院校开设课程。意大利工会组织抗议。"
    spans = spans_of(text, [("吉林大学", "ORG"), ("长春汽车工业高", "ORG"), ("意大利工会组", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["吉林大学", "长春汽车工业高等专科学校", "意大利"]


def test_a_company_read_up_to_its_bracketed_group_is_given_the_rest_of_its_name():
    """中国工商银行股份有限公司、中国人寿保险（集团）公司 (CCTV news: read 中国人寿保险 alone): the whole company."""
    text = "对中国工商银行股份有限公司、中国人寿保险（集团）公司开展指导。"
    spans = spans_of(text, [("中国工商银行股份有限公司", "ORG"), ("中国人寿保险", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["中国工商银行股份有限公司", "中国人寿保险（集团）公司"]


def test_a_place_inside_a_long_quoted_campaign_name_is_no_place():
    """将开展“预防和打击利用离岸公司和地下钱庄向境外转移赃款专项行动” (CCTV news: read 钱庄 as a place inside the
    campaign's name, longer than the short quotations the rule read before)."""
    text = "将开展“预防和打击利用离岸公司和地下钱庄向境外转移赃款专项行动”以及“劝返专项行动”。"
    spans = spans_of(text, [("钱庄", "LOC")])
    assert clean_spans(text, spans) == []


def test_a_route_read_with_the_place_that_opens_its_section_is_two_places():
    """京哈高铁哈尔滨至承德段今天开通运行 (CCTV news: read 京哈高铁哈尔滨 as one place): the railway and the city; a
    route named alone stays (京沪高铁全线)."""
    text = "京哈高铁哈尔滨至承德段今天开通运行。京沪高铁全线运行。"
    spans = spans_of(text, [("京哈高铁哈尔滨", "LOC"), ("承德", "LOC"), ("京沪高铁", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["京哈高铁", "哈尔滨", "承德", "京沪高铁"]


def test_a_route_named_by_two_places_is_the_two_places_alone():
    """丽江至香格里拉铁路、济南至郑州高铁等项目即将开通 (CCTV news: read 香格里拉铁路, 郑州高铁 as places), as the written
    labels tag 遵义至余庆: the places; 宝成铁路四川广元境内 is the railway and the city."""
    text = "丽江至香格里拉铁路、济南至郑州高铁等项目即将开通。宝成铁路四川广元境内发生塌方。"
    spans = spans_of(text, [("丽江", "LOC"), ("香格里拉铁路", "LOC"), ("济南", "LOC"), ("郑州高铁", "LOC"),
                            ("宝成铁路四川广元", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["丽江", "香格里拉", "济南", "郑州", "宝成铁路", "四川广元"]


def test_the_verb_of_a_campaign_before_the_model_it_names_is_no_part_of_the_person():
    """今天是学雷锋日 (CCTV news: read 学 + 雷锋 as two persons, merged into 学雷锋): the model alone."""
    text = "今天（3月5日）是学雷锋日，各地开展志愿服务活动。"
    spans = spans_of(text, [("学", "PER"), ("雷锋", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["雷锋"]


def test_a_place_read_into_the_numbered_road_after_it_is_the_place_and_the_road():
    """江西省安远县三百山镇国道358线发生边坡塌方 (CCTV news: read …三百山镇国道 as one place): the town and the road."""
    text = "昨晚，江西省安远县三百山镇国道358线发生边坡塌方。"
    spans = spans_of(text, [("江西省安远县三百山镇国道", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["江西省安远县三百山镇", "国道358线"]


def test_apps_and_platforms_and_a_warning_bell_are_no_entities():
    """LABELS.md: products, apps and platforms are no entities (网上国网APP, 微信); 阿里巴巴旗下淘宝网推出…, 在“天猫”,
    为政界敲响警钟 (CCTV news: read as a person, a body, a body); the company stays."""
    text = "阿里巴巴旗下淘宝网推出项目，在“天猫”开店，下载网上国网APP，为政界敲响警钟。"
    spans = spans_of(text, [("阿里巴巴", "ORG"), ("淘宝网", "PER"), ("天猫", "ORG"), ("网上国网APP", "ORG"), ("警钟", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["阿里巴巴"]


def test_a_verb_and_the_say_that_opens_a_quotation_is_no_person():
    """董事长里奇第一个向李总理提问说，中国经济… (CCTV news: read 提问说 as a person, the 总理's holder): no person; a
    name before 说 stays (里奇说)."""
    text = "董事长里奇第一个向李总理提问说，中国经济怎么看。里奇说，很好。"
    spans = spans_of(text, [("董事长", "TITLE"), ("里奇", "PER"), ("总理", "TITLE"), ("提问说", "PER"), ("里奇", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["里奇", "里奇"]


def test_a_name_parted_at_a_joiner_but_tagged_whole_elsewhere_is_made_whole():
    """浙江和茂盛袜业有限公司董事长陈仁勇 (CCTV news: read 浙江 + 茂盛袜业有限公司 at the first mention, whole at the second):
    the company at both; two places joined by 和 that the text never tags as one stay two (上海和杭州)."""
    text = "浙江和茂盛袜业有限公司董事长陈仁勇说。浙江和茂盛袜业有限公司董事长陈仁勇又说。上海和杭州"
    spans = spans_of(text, [("浙江", "LOC"), ("茂盛袜业有限公司", "ORG"), ("董事长", "TITLE"), ("陈仁勇", "PER"),
                            ("浙江和茂盛袜业有限公司", "ORG"), ("董事长", "TITLE"), ("陈仁勇", "PER"), ("上海", "LOC"), ("杭州", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type != "TITLE"] == [
        "浙江和茂盛袜业有限公司", "陈仁勇", "浙江和茂盛袜业有限公司", "陈仁勇", "上海", "杭州"]


def test_what_a_county_is_big_in_and_a_bare_reservoir_stay_off_a_place():
    """在产粮大县江西省安义县, 长江上游水库群将实施联合调度 (CCTV news: read 产粮大县江西省安义县 and 长江上游水库 as places):
    the county; the river (上游 is an area word, 水库 a kind)."""
    text = "在产粮大县江西省安义县，高标准农田建设有了新变化。长江上游水库群将实施联合调度。"
    spans = spans_of(text, [("产粮大县江西省安义县", "LOC"), ("长江上游水库", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["江西省安义县", "长江"]


def test_a_name_cut_short_before_a_post_that_took_its_last_character_gets_it_back():
    """栗战书委员长参加审议 … 栗战书在讲话中指出 (CCTV news: read 栗战 + 书委员长 at the first mention): the person and
    the post; and so the official."""
    text = "栗战书委员长参加审议和询问。栗战书在讲话中指出，要认真贯彻落实。"
    spans = spans_of(text, [("栗战", "PER"), ("书委员长", "TITLE"), ("栗战书", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("栗战书", "PER"), ("委员长", "TITLE"), ("栗战书", "PER")]


def test_the_word_for_money_after_its_figure_and_chinese_and_foreign_are_no_names():
    """学校奖励他1万元钱, 回答了中外记者提问 (CCTV news: read 万元钱 as a person, 中外 as a body)."""
    text = "学校奖励他1万元钱。有关负责人回答了中外记者提问。"
    spans = spans_of(text, [("万元钱", "PER"), ("中外", "ORG")])
    assert clean_spans(text, spans) == []


def test_a_district_left_untagged_after_its_city_joins_the_chain_but_an_area_of_the_city_does_not():
    """今年以来,杭州市上城区新增老年助餐服务点 (written dev: 上城区 left untagged, jieba knows no such word): one chain;
    not an area of the city (天津市|主城区, 广东梅州|受灾地区, 北京市|居住区)."""
    text = "今年以来,杭州市上城区新增老年助餐服务点。占天津市主城区供水量的一半。北京市居住区建设。"
    spans = spans_of(text, [("杭州市", "LOC"), ("天津市", "LOC"), ("北京市", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["杭州市上城区", "天津市", "北京市"]


def test_a_bare_road_or_generic_word_and_its_side_is_no_place():
    """位于国道旁的天摩沟曾多次暴发泥石流 (written dev: read 国道旁 as a place); a named place and its side stays as the
    tagger read it (CLUENER's 纽约中央公园旁)."""
    text = "位于国道旁的天摩沟曾多次暴发泥石流。"
    spans = spans_of(text, [("国道旁", "LOC"), ("天摩沟", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["天摩沟"]


def test_a_people_named_in_a_list_of_peoples_is_no_place():
    """普纳村里有藏、汉、回、彝、撒拉五个民族的村民, 生活着汉、蒙、满、回、壮等13个民族的居民 (CCTV news: read 撒拉 and 蒙
    as places); a place listed among places stays (西藏、新疆、内蒙古)."""
    text = "普纳村里有藏、汉、回、彝、撒拉五个民族的村民。社区生活着汉、蒙、满、回、壮等13个民族。西藏、蒙、新疆。"
    spans = spans_of(text, [("普纳村", "LOC"), ("撒拉", "LOC"), ("蒙", "LOC"), ("西藏", "LOC"), ("蒙", "LOC"), ("新疆", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["普纳村", "西藏", "蒙", "新疆"]


def test_a_piece_of_a_latin_word_and_a_bare_fund_are_no_entities():
    """“反垄断基金”（Anti-MonopolyFund）, 这只基金 (Sina tech news: read An and 基金 as names); CLUENER's teams written
    around "vs" stay (MoonvsNada)."""
    text = "“反垄断基金”（Anti-MonopolyFund），这只基金也是计划的一部分。MoonvsNada"
    spans = spans_of(text, [("An", "ORG"), ("基金", "PER"), ("Moon", "PER"), ("Nada", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["Moon", "Nada"]


def test_a_federations_party_organ_cut_by_the_tagger_goes_into_the_post():
    """重庆市忠县工商联党组书记 (CCTV news: read 工商联党|组书记; LABELS.md keeps party-body words in the post, where MSRA
    and CLUENER tag 全国妇联党组 before 书记); a named body's own organ before a bare 副书记 stays as it was."""
    text = "重庆市忠县工商联党组书记、副主席谷兴华问题。天河区社会组织党委副书记李明出席。"
    spans = spans_of(text, [("重庆市忠县工商联党", "ORG"), ("组书记", "TITLE"), ("副主席", "TITLE"), ("谷兴华", "PER"),
                            ("天河区社会组织", "ORG"), ("党委副书记", "TITLE"), ("李明", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("重庆市忠县工商联", "ORG"), ("党组书记", "TITLE"), ("副主席", "TITLE"), ("谷兴华", "PER"),
        ("天河区社会组织党委", "ORG"), ("副书记", "TITLE"), ("李明", "PER")]


def test_a_body_right_before_a_fund_names_the_fund():
    """“一带一路”倡议引来了丝路基金为代表的中国资金 (CCTV news: read 丝路 as the ORG); a fund's manager is none."""
    text = "倡议引来了丝路基金为代表的中国资金。华夏基金经理说。"
    spans = spans_of(text, [("丝路", "ORG"), ("中国", "LOC"), ("华夏", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("丝路基金", "ORG"), ("中国", "LOC"), ("华夏", "ORG")]


def test_a_leading_group_cut_before_its_meeting_is_completed():
    """韩正主持召开京津冀协同发展领导小组会议 (CCTV news: read 领导|小组会议, as jieba reads 小组会议); a name whose ending's
    rest opens another word stays (中国作协|会员)."""
    text = "韩正主持召开京津冀协同发展领导小组会议。中国作协会员。"
    spans = spans_of(text, [("韩正", "PER"), ("京津冀协同发展领导", "ORG"), ("中国作协", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["韩正", "京津冀协同发展领导小组", "中国作协"]


def test_a_soldier_is_no_post():
    """陆军某扫雷排爆大队战士杜富国 (CCTV news: read 战士 as a post); LABELS.md: roles are not posts."""
    text = "陆军某扫雷排爆大队战士杜富国入伍。"
    spans = spans_of(text, [("陆军", "ORG"), ("战士", "TITLE"), ("杜富国", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["陆军", "杜富国"]


def test_a_temple_read_as_a_person_is_a_place():
    """来到全国重点文物保护单位伏羲庙 (CCTV news: read 伏羲庙 as a PER; People's Daily tags it a LOC)."""
    text = "习近平来到全国重点文物保护单位伏羲庙。伏羲文化。"
    spans = spans_of(text, [("习近平", "PER"), ("伏羲庙", "PER"), ("伏羲", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("习近平", "PER"), ("伏羲庙", "LOC"), ("伏羲", "PER")]


def test_a_person_that_a_place_names_right_after_its_province_is_that_place():
    """山西右玉的干部群众 … 右玉精神 … 右玉成为 (CCTV news: the county named short after its province, then read as a
    person five times); a person who merely shares a tagged place's characters stays (王浙江 beside 浙江)."""
    text = "山西右玉的干部群众一任接着一任干，孕育出右玉精神。2018年，右玉成为山西首批脱贫摘帽的贫困县。王浙江说。"
    spans = spans_of(text, [("山西右玉", "LOC"), ("右玉", "PER"), ("右玉", "PER"), ("山西", "LOC"), ("王浙江", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("山西右玉", "LOC"), ("右玉", "LOC"), ("右玉", "LOC"), ("山西", "LOC"), ("王浙江", "PER")]


def test_a_place_read_across_the_zhi_of_a_road_is_the_two_places_it_joins():
    """福建宁德下党乡至碑坑山村公路正在加紧拓宽 (CCTV news: read as one place); a person named with 至 stays (陈至立)."""
    text = "福建宁德下党乡至碑坑山村公路正在加紧拓宽。陈至立出席。"
    spans = spans_of(text, [("福建宁德下党乡至碑坑山村", "LOC"), ("陈至立", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["福建宁德下党乡", "碑坑山村", "陈至立"]


def test_a_place_read_into_the_geming_of_an_old_base_area_is_cut_back():
    """汕尾等地曾属于海陆丰革命老区 (CCTV news: read 海陆丰革命 as a place; MSRA tags 沂蒙|革命老区)."""
    text = "汕尾等地曾属于海陆丰革命老区。"
    spans = spans_of(text, [("汕尾", "LOC"), ("海陆丰革命", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["汕尾", "海陆丰"]


def test_nothing_inside_returning_fields_to_lakes_or_the_mutual_support_of_army_and_people_is_a_place():
    """退田还湖这个村是重点, 全国双拥模范城（县）命名 (CCTV news: read 退田还湖 and 双拥 as places)."""
    text = "右所镇西湖村，退田还湖这个村是重点。全国双拥模范城（县）命名。"
    spans = spans_of(text, [("右所镇西湖村", "LOC"), ("退田还湖", "LOC"), ("双拥", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["右所镇西湖村"]


def test_a_townships_station_named_by_its_kind_alone_is_no_body():
    """…三官洞林区林业站、财政所、林区管委会 (CCTV news: read 财政所 as an ORG); named with its place it stays."""
    text = "湖北省郧西县三官洞林区林业站、财政所履职不力。城关镇财政所所长。"
    spans = spans_of(text, [("湖北省郧西县三官洞林区林业站", "ORG"), ("财政所", "ORG"), ("城关镇财政所", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["湖北省郧西县三官洞林区林业站", "城关镇财政所"]


def test_a_person_that_a_body_names_before_its_level_party_committee_is_that_place():
    """任阿里地委书记 … 为了给阿里发展谋出路 (CCTV news: 阿里 read as a person)."""
    text = "孔繁森任阿里地委书记。为了给阿里发展谋出路，孔繁森走访了98个乡镇。"
    spans = spans_of(text, [("孔繁森", "PER"), ("阿里地委", "ORG"), ("书记", "TITLE"), ("阿里", "PER"), ("孔繁森", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("孔繁森", "PER"), ("阿里地委", "ORG"), ("书记", "TITLE"), ("阿里", "LOC"), ("孔繁森", "PER")]


def test_a_peoples_name_before_its_villagers_is_no_place():
    """额尔门沁村，达斡尔族村民正忙着准备年夜饭 (CCTV news: read 达斡尔族 as a place); a village named by its people stays
    (苗族|村 opens a place's name)."""
    text = "额尔门沁村，达斡尔族村民正忙着准备年夜饭。"
    spans = spans_of(text, [("额尔门沁村", "LOC"), ("达斡尔族", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["额尔门沁村"]


def test_a_consultative_meeting_named_by_its_kind_is_no_body():
    """全国政协27日在京召开远程协商会 (CCTV news: read 远程协商会 as an ORG)."""
    text = "全国政协27日在京召开远程协商会。"
    spans = spans_of(text, [("全国政协", "ORG"), ("京", "LOC"), ("远程协商会", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["全国政协", "京"]


def test_a_shop_on_a_platform_is_no_place():
    """沙集最早的淘宝店出现在2006年 (CCTV news: read 淘宝店 as a place); LABELS.md tags no platform."""
    text = "江苏睢宁县的沙集镇，最早的淘宝店出现在2006年。"
    spans = spans_of(text, [("江苏睢宁县", "LOC"), ("沙集镇", "LOC"), ("淘宝店", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["江苏睢宁县", "沙集镇"]


def test_a_common_venue_and_its_side_read_into_a_village_are_cut_off():
    """瑞安市湖岭镇上林村文化礼堂旁的老年食堂 (written dev: read 上林村文化礼堂旁 as the place; the labels tag the chain of
    places alone); a named park beside which something stands keeps its side (CLUENER's 纽约中央公园旁)."""
    text = "中午，瑞安市湖岭镇上林村文化礼堂旁的老年食堂里飘出饭菜香。纽约中央公园旁。"
    spans = spans_of(text, [("瑞安市", "LOC"), ("湖岭镇", "LOC"), ("上林村文化礼堂旁", "LOC"), ("纽约中央公园旁", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["瑞安市湖岭镇上林村", "纽约中央公园旁"]


def test_a_people_before_its_villagers_is_no_place_but_before_its_township_stays():
    """与维吾尔族乡亲真心往来 (CCTV news: 维吾尔 read as a place, kept as if 族乡 opened a township); 土家族乡 is one."""
    text = "她与维吾尔族乡亲真心往来。来到三官寺土家族乡。"
    spans = spans_of(text, [("维吾尔", "LOC"), ("三官寺土家族乡", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["三官寺土家族乡"]


def test_a_person_stopping_inside_an_amdo_tibetan_names_last_part_is_completed():
    """今年35岁的昂文洛周，不久前刚在医院做完手术 (CCTV news: read 昂文洛|周)."""
    text = "今年35岁的昂文洛周，不久前刚在医院做完手术。"
    spans = spans_of(text, [("昂文洛", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["昂文洛周"]


def test_a_japanese_name_read_whole_is_not_cut_to_its_family_name_tagged_elsewhere():
    """会见日本国家安全保障局长谷内正太郎。谷内宣读了… (CCTV news: the tagger read the name whole, and it was cut to 谷内,
    tagged again after, as 正 reads as an adverb); a Chinese name read on into an adverb is still cut (侯杰|正在)."""
    text = "会见日本国家安全保障局长谷内正太郎。谷内宣读了口信。侯杰表示。侯杰正在工作。"
    spans = spans_of(text, [("日本", "LOC"), ("局长", "TITLE"), ("谷内正太郎", "PER"), ("谷内", "PER"), ("侯杰", "PER"),
                            ("侯杰正", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["谷内正太郎", "谷内", "侯杰", "侯杰"]


def test_a_name_that_became_the_post_holds_it_with_or_without_a_comma():
    """出生在乌蒙山区的文朝荣，当上了海雀村党支部书记 and 杨七明当上了村党支部书记 (CCTV news): 当上了 (became) gives the
    post as 当选 does, so the post is kept and its holder is an official."""
    text = "出生在乌蒙山区的文朝荣，当上了海雀村党支部书记。"
    spans = spans_of(text, [("乌蒙山区", "LOC"), ("文朝荣", "PER"), ("海雀村", "LOC"), ("党支部书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("文朝荣", "党支部书记", "海雀村")]
    text = "2008年，杨七明当上了村党支部书记。"
    cleaned = clean_spans(text, spans_of(text, [("杨七明", "PER"), ("村党支部", "ORG"), ("书记", "TITLE")]))
    assert [(e.text, e.type) for e in cleaned] == [("杨七明", "PER"), ("党支部书记", "TITLE")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("杨七明", "党支部书记", None)]


def test_a_session_read_up_to_its_number_into_the_congress_is_cut_off():
    """为召开十四届全国人大二次会议作准备 (CCTV news: read 十四届全国人大二次 as the ORG; MSRA tags 九届人大|一次会议)."""
    text = "为召开十四届全国人大二次会议作准备。"
    spans = spans_of(text, [("十四届全国人大二次", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["十四届全国人大"]


def test_a_places_party_organ_and_a_former_posts_yuan_go_into_the_post():
    """追授贵州省赫章县海雀村党支部原书记文朝荣同志 (CCTV news: read …海雀村党支部 as an ORG, 原 left out): the place alone,
    and 党支部原书记 the post, as 水口村|党支部原书记 is read."""
    text = "追授贵州省赫章县海雀村党支部原书记文朝荣同志称号。"
    spans = spans_of(text, [("贵州省赫章县海雀村党支部", "ORG"), ("书记", "TITLE"), ("文朝荣", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("贵州省赫章县海雀村", "LOC"), ("党支部原书记", "TITLE"), ("文朝荣", "PER")]


def test_a_place_read_on_into_what_it_built_is_cut_at_the_verb_but_not_a_place_named_by_it():
    """衢江区新建山塘12座 (a local paragraph: read 衢江区新建山塘 as the place): 新建 opens the predicate; 南昌市新建区 and
    干览镇新建村 (the written labels' village) are places named so."""
    text = "衢江区新建山塘12座。南昌市新建区召开会议。干览镇新建村村民说。"
    spans = spans_of(text, [("衢江区新建山塘", "LOC"), ("南昌市新建区", "LOC"), ("干览镇新建村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢江区", "南昌市新建区", "干览镇新建村"]


def test_a_levels_urban_investment_company_is_no_body():
    """该工程由县城投集团负责建设 (a local paragraph: jieba reads 县城, so the level word went unseen); LABELS.md: a level
    word and a body type are no entity. A named one stays (衢州市城投集团)."""
    text = "该工程由县城投集团负责建设。衢州市城投集团参与。"
    spans = spans_of(text, [("县城投集团", "ORG"), ("衢州市城投集团", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢州市城投集团"]


def test_a_place_tagged_without_its_unit_before_the_unit_and_its_government_is_the_government():
    """开化县林山乡政府组织干部 (a local paragraph: read 开化县林山 as the place, jieba reading 乡政府 as one word): the named
    township government, an ORG (LABELS.md: 五里镇政府); a county's place before a town's bare 镇政府 stays."""
    text = "开化县林山乡政府组织干部排查。龙游县镇政府。"
    spans = spans_of(text, [("开化县林山", "LOC"), ("龙游县", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("开化县林山乡政府", "ORG"), ("龙游县", "LOC")]


def test_a_quoted_name_ending_in_its_number_is_a_product_not_a_place():
    """由衢州学院研发的“衢橘1号”新品种 (a local paragraph: read as a place, quotes included) and “华龙一号” (CCTV news): a
    variety's or a product's name; a quoted address with its street stays (“长安街8号”)."""
    text = "衢州学院研发的“衢橘1号”新品种通过审定。“华龙一号”机组投运。住在“长安街8号”。"
    spans = spans_of(text, [("衢州学院", "ORG"), ("“衢橘1号”", "LOC"), ("华龙一号", "LOC"), ("长安街8号", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢州学院", "长安街8号"]


def test_a_command_post_named_by_its_kind_alone_is_no_body():
    """公安部在灾区设立前线指挥部, 当地成立救援指挥部 (CCTV news: read as ORGs): a command post by its kind, as the written
    labels and MSRA leave 现场指挥部, 前方指挥部 and 指挥部 untagged; a named one stays (永嘉县防汛防台抗旱指挥部). So is a
    flood-control one by its kind (保障当地防汛指挥部与上级实时联络, CCTV news: read as an ORG)."""
    text = "公安部在灾区设立前线指挥部。当地成立救援指挥部。永嘉县防汛防台抗旱指挥部启动响应。保障当地防汛指挥部与上级联络。"
    spans = spans_of(text, [("公安部", "ORG"), ("前线指挥部", "ORG"), ("救援指挥部", "ORG"), ("永嘉县防汛防台抗旱指挥部", "ORG"),
                            ("防汛指挥部", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["公安部", "永嘉县防汛防台抗旱指挥部"]


def test_a_typhoon_named_without_quotes_after_its_word_is_no_place():
    """超强台风威马逊袭击海南 … “威马逊”过后 (CCTV news writes a storm's name unquoted too; read as a place): the storm's
    name, there and at its other mentions; a place after a storm's word that names no storm stays (台风浙江登陆 is no
    name: 浙江 is a province)."""
    text = "超强台风威马逊袭击海南。威马逊过后，海南恢复生产。台风浙江登陆。"
    spans = spans_of(text, [("威马逊", "LOC"), ("海南", "LOC"), ("威马逊", "LOC"), ("海南", "LOC"), ("浙江", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["海南", "海南", "浙江"]


def test_a_shade_net_is_no_place():
    """种植户们正在通过遮阳网、风机、水帘等降温设施 (CCTV news: 遮阳网 read as a place): a farm's shade net."""
    text = "种植户们正在通过遮阳网、风机、水帘等降温设施降低损失。"
    spans = spans_of(text, [("遮阳网", "LOC")])
    assert clean_spans(text, spans) == []


def test_a_bank_branch_named_after_a_county_jieba_reads_as_a_verb_stays_whole():
    """中国工商银行修水支行为当地茶企发放贷款 (a local sentence: jieba reads the county 修水 as a verb, so the branch was cut
    to 中国工商银行): a branch's name ends in 支行 or 分行 and keeps the place inside it."""
    text = "中国工商银行修水支行为当地茶企发放“茶农贷”800万元。"
    spans = spans_of(text, [("中国工商银行修水支行", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["中国工商银行修水支行"]


def test_an_inspection_or_working_group_by_its_kind_alone_is_no_body():
    """江西省水利厅副厅长罗小云率督查组赴上饶 (a local sentence: 督查组 read as an ORG): a group sent by a body, named by its
    kind; the corpora leave 检查组, 工作组, 专家组 untagged 45 times of 47."""
    text = "江西省水利厅副厅长罗小云率督查组赴上饶检查。水利部派出工作组。"
    spans = spans_of(text, [("江西省水利厅", "ORG"), ("副厅长", "TITLE"), ("罗小云", "PER"), ("督查组", "ORG"), ("上饶", "LOC"),
                            ("水利部", "ORG"), ("工作组", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["江西省水利厅", "副厅长", "罗小云", "上饶", "水利部"]


def test_a_village_grown_from_its_party_branch_named_elsewhere_is_a_place():
    """以“东宝贡米”的核心产区双西村为示范 … 被选为双西村党支部委员 (CCTV news: 西村 read as a place, grown to 双西村 from the
    branch's ORG and typed an ORG with it): the village the grown span names is a place; the branch stays a body."""
    text = "以核心产区双西村为示范成立农业公司。她被选为双西村党支部委员。"
    spans = spans_of(text, [("西村", "LOC"), ("双西村党支部", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)][0] == ("双西村", "LOC")


def test_a_city_read_into_its_urban_area_word_is_cut_back_to_the_city():
    """天文馆位于拉萨城区东部 (CCTV news: read 拉萨城 as the place, 区 left out): the city, as the corpora leave 城区 out
    (长沙|城区, 香港|城区); a district named so stays (北京东城区, jieba's place word)."""
    text = "天文馆位于拉萨城区东部。北京东城区召开会议。"
    spans = spans_of(text, [("拉萨城", "LOC"), ("北京东城区", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["拉萨", "北京东城区"]


def test_a_planetarium_by_its_kind_alone_is_no_place():
    """西藏天文馆今天开工建设。天文馆位于拉萨 (CCTV news: the later bare 天文馆 read as a place): a venue by its kind once the
    text has named it, as 纪念馆 and 博物馆 are read; the named one stays."""
    text = "西藏天文馆今天开工建设。天文馆位于拉萨城区东部。"
    spans = spans_of(text, [("西藏天文馆", "LOC"), ("天文馆", "LOC"), ("拉萨", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["西藏天文馆", "拉萨"]


def test_a_stock_exchange_left_untagged_is_a_body():
    """深交所近1500家主板公司总市值超过22万亿 (CCTV news: left untagged): a nationally unique body by its short name."""
    text = "今天，深交所主板与中小板合并满一周年。"
    assert [(e.text, e.type) for e in clean_spans(text, [])] == [("深交所", "ORG")]


def test_officials_of_a_passive_election_that_names_its_electors():
    """2020年，邓小燕被乡亲们选为双西村党支部委员 (CCTV news): the passive names the electors between 被 and 选为, and the post
    is still hers; 被评为 (an honour) gives none."""
    text = "2020年，邓小燕被乡亲们选为双西村党支部委员。李华被群众评为优秀党务工作者。"
    entities = locate_strings(text, [("邓小燕", "PER"), ("双西村", "LOC"), ("党支部委员", "TITLE"), ("李华", "PER"),
                                     ("党务工作者", "TITLE")])
    assert extract_officials(text, entities) == [Official("邓小燕", "党支部委员", "双西村")]


def test_a_village_committee_post_listed_after_a_post_is_tagged():
    """邓小燕被乡亲们选为双西村党支部委员、村委会委员 (CCTV news: the tagger stopped the list of posts one short): a village
    committee's or Party branch's post after 、 is a post where no other text tags it."""
    text = "邓小燕被乡亲们选为双西村党支部委员、村委会委员。"
    spans = spans_of(text, [("邓小燕", "PER"), ("双西村党支部", "ORG"), ("委员", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("邓小燕", "PER"), ("双西村", "LOC"), ("党支部委员", "TITLE"), ("村委会委员", "TITLE")]


def test_chinese_nation_and_culture_are_the_place_before_them():
    """增进对伟大祖国、中华民族、中华文化、中国共产党的认同 (CCTV news: 民族 and 中华文化 read as ORGs, then joined to 中华):
    MSRA tags 中华 alone in 中华民族 and 中华文化, as in 中华文明; a body named so stays (中华文化城)."""
    text = "增进对伟大祖国、中华民族、中华文化、中国共产党的认同。参观中华文化城。"
    spans = spans_of(text, [("中华", "LOC"), ("民族", "ORG"), ("中华文化", "ORG"), ("中国共产党", "ORG"), ("中华文化城", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("中华", "LOC"), ("中华", "LOC"), ("中国共产党", "ORG"), ("中华文化城", "ORG")]


def test_a_kind_of_village_read_onto_a_chain_is_cut_off():
    """给云南省沧源佤族自治县边境村的老支书们回信 (CCTV news: read as one place): the county's border villages, a kind, not
    a village of the chain; a village named so after its town stays (干览镇新建村)."""
    text = "给云南省沧源佤族自治县边境村的老支书们回信。仪陇县贫困村摘帽。干览镇新建村村民说。"
    spans = spans_of(text, [("云南省沧源佤族自治县边境村", "LOC"), ("仪陇县贫困村", "LOC"), ("干览镇新建村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["云南省沧源佤族自治县", "仪陇县", "干览镇新建村"]


def test_the_last_unit_of_a_list_of_units_left_untagged_is_a_place():
    """该县班洪乡、班老乡9个边境村的老支书 (CCTV news: 班老乡 left untagged, jieba reading 老乡 as a word): a township
    after a township and 、, ending the list before a count, 等 or a mark, is a place; not a common word before the
    unit (全县、各乡).
    """
    text = "该县班洪乡、班老乡9个边境村的老支书写信。王村镇、各乡等地。"
    spans = spans_of(text, [("班洪乡", "LOC"), ("王村镇", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["班洪乡", "班老乡", "王村镇"]


def test_a_part_of_the_country_by_two_directions_is_no_place():
    """要加快补上民生短板，尤其是在中西部 (CCTV news: read as an ORG four times): the central and western parts, no name; the
    corpora tag none of their 中西部, 东南部 or 西北部, as they tag no 东部 alone."""
    text = "尤其是在中西部。让中西部在更高起点上发展。日本东南部遭遇暴雨。"
    spans = spans_of(text, [("中西部", "ORG"), ("中西部", "LOC"), ("日本", "LOC"), ("东南部", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["日本"]


def test_names_listed_with_spaces_among_tagged_people_are_people():
    """第十八届“中国青年五四奖章”获得者 王红兵 … 谭忠能 农本豪 黎登贵 颜宁 (CCTV news: 谭忠|能 and 黎登|贵 cut, 农本豪 left
    out): a line of names parted by spaces, most of them tagged people, is a list of people, each whole; a line of
    words is left (一 二 三 四)."""
    text = "获得者 王红兵 王慧成 谭忠能 农本豪 黎登贵 颜宁\n口号 一心 二意 三思 四海"
    spans = spans_of(text, [("王红兵", "PER"), ("王慧成", "PER"), ("谭忠", "PER"), ("黎登", "PER"), ("颜宁", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["王红兵", "王慧成", "谭忠能", "农本豪", "黎登贵", "颜宁"]


def test_a_name_read_as_a_place_before_an_apposition_of_a_villager_is_a_person():
    """普尔巴，樟木镇立新村村民，如今他又多了一个新身份 … 普尔巴和88户受灾百姓 (CCTV news: the Tibetan name read as a place
    at both mentions): a name before a comma and a place with 村民 (a villager of) is a person, at every mention; a
    place so followed by its villagers' count stays (立新村，全村村民)."""
    text = "普尔巴，樟木镇立新村村民，如今他又多了一个新身份。普尔巴和88户受灾百姓成了主人。立新村，全村村民都搬了。"
    spans = spans_of(text, [("普尔巴", "LOC"), ("樟木镇立新村", "LOC"), ("普尔巴", "LOC"), ("立新村", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("普尔巴", "PER"), ("樟木镇立新村", "LOC"), ("普尔巴", "PER"), ("立新村", "LOC")]


def test_a_name_tagged_once_a_person_after_a_villager_word_and_once_a_place_is_a_person():
    """可是村民冯德州家始终没有动工 … 冯德州也认可 (CCTV news: the second mention read as a place, the name ending like the
    city 德州): on a tie, a mention right after 村民 (a resident word) makes the name a person."""
    text = "可是村民冯德州家始终没有动工。当初冯德州也认可。"
    spans = spans_of(text, [("冯德州", "PER"), ("冯德州", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("冯德州", "PER"), ("冯德州", "PER")]


def test_a_place_before_the_red_army_stays_a_place():
    """在会见于都县红军后代和革命烈士家属代表时 (CCTV news: 于都县 and 红军 joined into one ORG): the Red Army is no body of
    the county; the place says where its descendants live. The place and the army stay apart."""
    text = "在会见于都县红军后代和革命烈士家属代表时说。"
    spans = spans_of(text, [("于都县", "LOC"), ("红军", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("于都县", "LOC"), ("红军", "ORG")]


def test_a_reservoir_of_a_name_jieba_does_not_know_left_untagged_is_a_place():
    """实施碗窑水库灌区改造, 加固铜山源水库 (local-style sentences: the tagger left both untagged; written dev's 团结水库 too):
    a reservoir named by two or three characters jieba reads as no common word (one character at a time, or a rare
    place or name) is a place; a kind or count of reservoirs is none (小型水库, 病险水库, 这座水库, 新建水库3座, 山塘水库)."""
    text = "实施碗窑水库灌区改造，加固铜山源水库。对全县小型水库、病险水库实施加固，这座水库新建水库3座，巡查山塘水库。"
    assert [e.text for e in clean_spans(text, [])] == ["碗窑水库", "铜山源水库"]


def test_a_rivers_bank_word_is_cut_off_and_an_irrigation_district_named_whole():
    """开化县华埠镇的马金溪畔 (read 马金溪畔): the corpora leave 畔 out (梁子湖|畔, 汀江|之畔); 铜山源灌区续建配套 (read 铜山源
    alone): the written labels tag a named irrigation district whole (河套灌区, 淠史杭灌区), but not a unit's districts
    (德清县|灌区)."""
    text = "开化县华埠镇的马金溪畔有绿道。铜山源灌区续建配套项目惠及农田。推动德清县灌区数字化。"
    spans = spans_of(text, [("开化县华埠镇", "LOC"), ("马金溪畔", "LOC"), ("铜山源", "LOC"), ("德清县", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["开化县华埠镇", "马金溪", "铜山源灌区", "德清县"]


def test_a_citys_urban_area_is_its_city():
    """乌溪江引水工程为衢州市区50万人提供饮用水 (a local-style sentence: read 衢州市区 whole): the written labels read a city's
    urban area as the city with its unit (温州市|区, written train)."""
    text = "乌溪江引水工程为衢州市区50万人提供优质饮用水。"
    spans = spans_of(text, [("乌溪江", "LOC"), ("衢州市区", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["乌溪江", "衢州市"]


def test_a_townships_armed_forces_department_by_its_kind_is_no_body():
    """常山县球川镇党委委员、武装部部长程伟 (a local-style sentence: 武装部 read as an ORG): a township's armed forces
    department by its kind, as 派出所 and 财政所 are read; the post stays."""
    text = "常山县球川镇党委委员、武装部部长程伟带领民兵巡查。"
    spans = spans_of(text, [("常山县球川镇", "LOC"), ("党委委员", "TITLE"), ("武装部", "ORG"), ("部长", "TITLE"), ("程伟", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["常山县球川镇", "党委委员", "部长", "程伟"]


def test_nothing_inside_a_quoted_nickname_ending_in_a_role():
    """找到了“索道医生”邓前堆 (CCTV news: 索道 read as a place): a nickname ending in a role (医生, 老师, 法官) is no
    place, as a head's nickname ending in the post is (“月光书记”); the person after it stays."""
    text = "在卫生所找到了“索道医生”邓前堆。“马背法官”巴依尔巡回办案。"
    spans = spans_of(text, [("索道", "LOC"), ("邓前堆", "PER"), ("马背", "LOC"), ("巴依尔", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["邓前堆", "巴依尔"]


def test_provinces_abbreviated_together_before_a_project_are_a_place():
    """连接四川和西藏的川藏电力联网工程 (CCTV news: 川藏, 川藏电力 and 川藏电力联网 read as ORGs): the provinces' abbreviations
    before a project are the places (LABELS.md: a place used as a modifier is tagged); a body named after them stays
    (京津冀协同发展领导小组办公室)."""
    text = "川藏电力联网工程开工。京津冀协同发展领导小组办公室发布通知。川藏电力联网进入架线阶段。"
    spans = spans_of(text, [("川藏电力联网", "ORG"), ("京津冀协同发展领导小组办公室", "ORG"), ("川藏", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("川藏", "LOC"), ("京津冀协同发展领导小组办公室", "ORG"), ("川藏", "LOC")]


def test_other_mentions_of_a_resident_found_late_are_tagged():
    """他帮村民孙有来家贷款 … 网店注册好了，孙有来心里开始盘算 (CCTV news: the tagger left both untagged; the resident rule
    found the first after 村民, after the other mentions had been looked for): the second mention is the person too."""
    text = "他帮村民孙有来家贷款建起了土猪厂。网店注册好了，孙有来心里开始盘算。"
    assert [(e.text, e.start) for e in clean_spans(text, [])] == [("孙有来", 4), ("孙有来", 24)]


def test_an_official_whose_post_and_name_have_a_rank_between():
    """辽宁省凤城市委原书记、副厅级干部王国强 (CCTV news: no official): a role of five characters, a rank, between the
    post and the name is the same person's, as 快递员 is (党支部书记、快递员周宏伟)."""
    text = "潜逃美国两年半的辽宁省凤城市委原书记、副厅级干部王国强回国投案。"
    entities = locate_strings(text, [("美国", "LOC"), ("辽宁省凤城市委", "ORG"), ("书记", "TITLE"), ("王国强", "PER")])
    assert extract_officials(text, entities) == [Official("王国强", "书记", "辽宁省凤城市委")]


def test_a_verb_read_into_a_bare_village_party_branch_is_no_body():
    """希望村党支部充分发挥战斗堡垒作用 (CCTV news: read 希望村党支部 as an ORG, the verb 希望 as a village's name): a verb
    and the bare branch, a generic body (LABELS.md: 该村党委); a named village's branch stays (达西村党支部)."""
    text = "希望村党支部充分发挥战斗堡垒作用。达西村党支部召开会议。"
    spans = spans_of(text, [("希望村党支部", "ORG"), ("达西村党支部", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["达西村党支部"]


def test_a_district_whose_name_ends_in_shiqu_is_not_cut():
    """湖北省荆州市沙市区: 沙市区 is a district (jieba's place word), not a city's urban area; the urban-area cut leaves it
    whole, as it leaves a chain whose part before 市区 holds a unit (荆州市沙|市区)."""
    text = "湖北省荆州市沙市区的居民。为衢州市区供水。"
    spans = spans_of(text, [("湖北省荆州市沙市区", "LOC"), ("衢州市区", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["湖北省荆州市沙市区", "衢州市"]


def test_a_townships_short_name_and_its_party_committee_before_a_post_are_place_and_post():
    """罗官章曾经担任牛庄党委书记13年 … 海拔1700多米的牛庄乡 (CCTV news: 牛庄党委 read as an ORG): a place the text names
    elsewhere, written without its unit, and its organ before the post are the place and the post, as 义亭镇|党委书记
    is read; a body's organ stays (天河区社会组织党委)."""
    text = "罗官章曾经担任牛庄党委书记13年。牛庄乡仍然是全县最贫困的乡镇。"
    spans = spans_of(text, [("罗官章", "PER"), ("牛庄党委", "ORG"), ("书记", "TITLE"), ("牛庄乡", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("罗官章", "PER"), ("牛庄", "LOC"), ("党委书记", "TITLE"), ("牛庄乡", "LOC")]


def test_a_townships_short_name_read_as_a_body_before_its_organs_post_is_the_place():
    """罗官章曾经担任牛庄党委书记13年 (CCTV news: 牛庄 read as an ORG before 党委书记, then given the organ): the town the
    text names elsewhere (牛庄乡), before the post; a body's name before its organ's post still takes the organ
    (天河区社会组织|党委副书记 → 天河区社会组织党委 + 副书记)."""
    text = "罗官章曾经担任牛庄党委书记13年。牛庄乡仍然是全县最贫困的乡镇。"
    spans = spans_of(text, [("罗官章", "PER"), ("牛庄", "ORG"), ("党委书记", "TITLE"), ("牛庄乡", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("罗官章", "PER"), ("牛庄", "LOC"), ("党委书记", "TITLE"), ("牛庄乡", "LOC")]


def test_nothing_inside_the_term_for_a_beautiful_leisure_village():
    """记者们走访新能源汽车制造企业和美丽休闲乡村 (CCTV news: 美丽休闲乡 read as a place): the Ministry of Agriculture's
    title for villages, a policy term as 美丽乡村 is."""
    text = "记者们走访新能源汽车制造企业和美丽休闲乡村，感受城乡一体绿色发展。"
    spans = spans_of(text, [("美丽休闲乡", "LOC")])
    assert clean_spans(text, spans) == []


def test_a_quoted_heads_post_right_before_a_name_is_the_post():
    """为了带领罗多村贫困户走出贫困，“第一书记”黄亚祥尝试发展特色产业 (CCTV news: the quoted post left untagged): a head's
    post in quotes right before its holder is the post, quotes outside (LABELS.md: a venue in quotes is still an
    ORG, quotes outside); the holder is an official."""
    text = "为了带领罗多村贫困户尽快走出贫困，“第一书记”黄亚祥尝试发展特色产业。"
    spans = spans_of(text, [("罗多村", "LOC"), ("黄亚祥", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("罗多村", "LOC"), ("第一书记", "TITLE"), ("黄亚祥", "PER")]
    assert extract_officials(text, cleaned) == [Official("黄亚祥", "第一书记", None)]


def test_a_city_read_with_the_shi_of_its_citizens_is_cut_to_the_city():
    """湖南长沙市民举行了一场展演 (CCTV news: read 湖南长沙市 as the place, 民 left): 市民 are the city's citizens; the
    corpora tag the city alone (长沙|市民, 武汉|市民: MSRA, 10 of 10)."""
    text = "湖南长沙市民举行了一场展演。温州市民政局发布通知。"
    spans = spans_of(text, [("湖南长沙市", "LOC"), ("温州市民政局", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["湖南长沙", "温州市民政局"]


def test_a_kinds_first_word_read_as_a_place_before_its_village_is_no_place():
    """一个2400多人的村子，由后进村变成了全国文明村 (CCTV news: 后进 read as a place, 村 left out): the kind of village (a
    lagging one), no place, as 后进村 read whole is none; a village's own name before 村 stays (岗上|村 read short)."""
    text = "一个村子由后进村变成了全国文明村。在河北藁城市岗上村，好人好事都有记录。"
    spans = spans_of(text, [("后进", "LOC"), ("河北藁城市岗上村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["河北藁城市岗上村"]


def test_a_citys_urban_area_read_whole_with_chengqu_is_the_city():
    """上下文村离诸暨城区约25公里 (CCTV news: read 诸暨城区 as the place): the corpora leave 城区 out after a city
    (长沙|城区, 诸暨市|城区供水); a district named so stays (北京市东城区, 温州鹿城区)."""
    text = "上下文村离诸暨城区约25公里。衢州市城区供水正常。北京市东城区召开会议。温州鹿城区发布通知。"
    spans = spans_of(text, [("上下文村", "LOC"), ("诸暨城区", "LOC"), ("衢州市城区", "LOC"), ("北京市东城区", "LOC"),
                            ("温州鹿城区", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["上下文村", "诸暨", "衢州市", "北京市东城区", "温州鹿城区"]


def test_a_place_read_on_into_the_produce_named_after_it_is_cut_to_the_place():
    """当地著名的文昌鸡养殖遭受重创 (CCTV news: read 文昌鸡养殖 as a place): the produce named after the place and what is
    done with it are no place; the place is tagged (LABELS.md: a place used as a modifier, 富阳|特色). A place whose
    own name ends so stays (a village: 茶园村)."""
    text = "当地著名的文昌鸡养殖遭受重创。文昌市4万多栋房屋受损。在茶园村，村民采茶。"
    spans = spans_of(text, [("文昌鸡养殖", "LOC"), ("文昌市", "LOC"), ("茶园村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["文昌", "文昌市", "茶园村"]


def test_a_county_read_on_into_its_local_specialties_is_cut_to_the_county():
    """现在，宁都县土特产网店近500家 (CCTV news: read 宁都县土特产 as the place): the county's local specialties, as its
    produce (文昌|鸡) is cut off."""
    text = "这几天，江西宁都县冬笋进入采摘季节。现在，宁都县土特产网店近500家。"
    spans = spans_of(text, [("江西宁都县", "LOC"), ("宁都县土特产", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["江西宁都县", "宁都县"]


def test_a_place_read_on_across_its_joint_action_with_a_level_body_keeps_only_the_place():
    """台州市黄岩区北洋镇联合区消防救援大队开展森林防火应急演练 (local-news style: read as one ORG): the town acts
    jointly with the district's fire brigade, a body named by its level (no entity); the town is the place. A body
    named after a village called 联合村 and a name that opens with 联合 after a city stay (上海市联合律师事务所)."""
    text = "台州市黄岩区北洋镇联合区消防救援大队开展演练。北洋镇联合村村委会换届。上海市联合律师事务所成立。"
    spans = spans_of(text, [("台州市黄岩区北洋镇联合区消防救援大队", "ORG"), ("北洋镇联合村村委会", "ORG"),
                            ("上海市联合律师事务所", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("台州市黄岩区北洋镇", "LOC"), ("北洋镇联合村村委会", "ORG"), ("上海市联合律师事务所", "ORG")]


def test_a_named_family_farm_read_as_a_place_is_an_organization():
    """松阳县绿源家庭农场 (local-news style: read as a LOC): a family farm is a business registered under its name, a
    named organization as a cooperative is; a state farm or forest farm stays a place (山河农场, 兴安林场: MSRA's
    gold tags them LOC). A place's family farms name none (典型的爱尔兰家庭农场), and bare, the farm and the cooperative are
    kinds of business (扶持家庭农场、农民合作社: CCTV news), its owner a role (家庭农场主谢桐洲)."""
    text = ("松阳县绿源家庭农场今年茶叶销售额突破300万元。山河农场的职工在收割。是典型的爱尔兰家庭农场。扶持家庭农场、农民合作社等。"
            "江苏丹阳的家庭农场主谢桐洲说")
    spans = spans_of(text, [("松阳县绿源家庭农场", "LOC"), ("山河农场", "LOC"), ("爱尔兰家庭农场", "LOC"), ("家庭农场", "ORG"),
                            ("农民合作社", "ORG"), ("江苏丹阳", "LOC"), ("家庭农场主", "TITLE"), ("谢桐洲", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("松阳县绿源家庭农场", "ORG"), ("山河农场", "LOC"), ("爱尔兰", "LOC"), ("江苏丹阳", "LOC"), ("谢桐洲", "PER")]


def test_a_holder_whose_surname_is_left_untagged_before_a_place_read_in_his_name_is_the_person():
    """湖南省隆回县向家村村委会主任向长江、云南省… (CCTV news: 向 untagged, 长江 read as a place): a head's post, a surname
    left untagged and a name of two characters read as a place up to a list's mark are the holder's name; a place
    after a post and a preposition goes on to what is done there (书记向长江沿线…) and stays."""
    text = "湖南省隆回县向家村村委会主任向长江、云南省联珠镇党委书记曹庆华回答提问。"
    spans = spans_of(text, [("湖南省隆回县向家村", "LOC"), ("村委会主任", "TITLE"), ("长江", "LOC"), ("云南省联珠镇", "LOC"),
                            ("党委书记", "TITLE"), ("曹庆华", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("湖南省隆回县向家村", "LOC"), ("村委会主任", "TITLE"), ("向长江", "PER"), ("云南省联珠镇", "LOC"),
        ("党委书记", "TITLE"), ("曹庆华", "PER")]
    text = "市委书记向长江沿线群众问好。"
    spans = spans_of(text, [("市委书记", "TITLE"), ("长江", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("长江", "LOC")]  # a post with no holder goes


def test_a_villagers_council_named_by_its_kind_alone_is_no_body():
    """由村民理事会提出的规划方案 (CCTV news: read as an ORG): a villagers' council, a wedding-and-funeral council or a
    council of local worthies named by its kind alone is a bare body type (LABELS.md); with its village it is one."""
    text = "由村民理事会提出的规划方案。红白理事会管事。山背村村民理事会成立。"
    spans = spans_of(text, [("村民理事会", "ORG"), ("红白理事会", "ORG"), ("山背村村民理事会", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("山背村村民理事会", "ORG")]


def test_a_verb_of_following_or_visiting_read_into_a_place_is_cut_off():
    """复制十八洞村的成功经验 (CCTV news: read as one LOC), 深入青田县调研, 毗邻温州市: the verb before a place is no part of
    its name; a body named with such a word stays (考察组, 访问团)."""
    text = "复制十八洞村的成功经验。深入青田县调研。毗邻温州市。省考察组到访。"
    spans = spans_of(text, [("复制十八洞村", "LOC"), ("深入青田县", "LOC"), ("毗邻温州市", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("十八洞村", "LOC"), ("青田县", "LOC"), ("温州市", "LOC")]


def test_a_surname_after_lao_or_xiao_is_no_place():
    """20多年前老韩经营一个小肉店 (CCTV news: 韩 read as Korea): 老 or 小 before a surname is how a person is called, no
    place; Laos and China side by side stay (中老两国)."""
    text = "20多年前老韩经营一个小肉店，老韩一贫如洗。小苏说。中老两国友好。"
    spans = spans_of(text, [("韩", "LOC"), ("韩", "LOC"), ("苏", "LOC"), ("中", "LOC"), ("老", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("中老", "LOC")]  # two sides, merged as adjacent


def test_a_tie_between_a_person_after_a_trader_or_role_word_and_a_place_goes_to_the_person():
    """记者遇到了来定制薯条保温机的沙特客商哈西姆。……哈西姆的薯条保温机就能发货 (CCTV news: once PER, once LOC): a name
    right after 客商, or after a role such as 司机 or 医生, decides a tie as one after 村民 does."""
    text = "记者遇到了沙特客商哈西姆。再过一个月，哈西姆的薯条保温机就能发货。"
    spans = spans_of(text, [("沙特", "LOC"), ("哈西姆", "PER"), ("哈西姆", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("沙特", "LOC"), ("哈西姆", "PER"), ("哈西姆", "PER")]


def test_a_city_or_county_government_named_by_its_place_is_an_organization():
    """省电力公司与丽水市政府签订战略合作协议, 温州市政府召开常务会议 (local-news style: read 丽水市|政府): a city's or county's
    government named by its place is a body, as LABELS.md reads a town's (五里镇政府); a special region's stays apart
    (香港特区|政府, as People's Daily reads it)."""
    text = "省电力公司与丽水市政府签订战略合作协议。温州市政府召开常务会议。香港特区政府表示。"
    spans = spans_of(text, [("丽水市", "LOC"), ("温州市", "LOC"), ("香港特区", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("丽水市政府", "ORG"), ("温州市政府", "ORG"), ("香港特区", "LOC")]


def test_a_power_station_or_substation_is_an_organization_read_whole():
    """赶到110千伏华埠变电站 (local-news style: read 华埠变, cut to 华埠): a place read on into the word for its power
    station or substation is the station, an ORG, as MSRA (柘林水电站, 大吴变电站) and the written labels (梅源水电站)
    tag them; a station read as a place is one too."""
    text = "连夜赶到110千伏华埠变电站。梅源水电站发电。"
    spans = spans_of(text, [("华埠变", "LOC"), ("梅源水电站", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("华埠变电站", "ORG"), ("梅源水电站", "ORG")]


def test_a_post_after_a_bureau_named_by_its_level_keeps_its_holder_across_the_appointing_verb():
    """经研究决定：任命王建新为县农业农村局局长 (a local paper's appointment notice): the bureau named by its level is no
    entity, but its post is the appointee's (任命…为), and stays tagged; the official is read."""
    text = "经研究决定：任命王建新为县农业农村局局长。"
    spans = spans_of(text, [("王建新", "PER"), ("县农业农村局", "ORG"), ("局长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("王建新", "PER"), ("局长", "TITLE")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("王建新", "局长")]


def test_a_body_and_the_one_affiliated_to_it_are_one_organization():
    """浙江大学医学院附属邵逸夫医院专家团队来到… (local-news style: read 浙江大学医学院 + 附|属 + 邵逸夫医院): a hospital or
    school affiliated to a university is named with it, one ORG, as every gold span of the corpora holding 附属 is."""
    text = "浙江大学医学院附属邵逸夫医院专家团队来到淳安县千岛湖镇开展义诊。"
    spans = spans_of(text, [("浙江大学医学院", "ORG"), ("附", "TITLE"), ("邵逸夫医院", "ORG"), ("淳安县千岛湖镇", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("浙江大学医学院附属邵逸夫医院", "ORG"), ("淳安县千岛湖镇", "LOC")]


def test_a_peoples_organization_named_by_its_level_goes_into_the_post_after_it():
    """黄河清当选为市工商联主席 (local-news style: read 市工商联 (ORG) + 主席): the federation of industry and commerce,
    the returned overseas Chinese, science and technology, literature and art or the disabled named by
    its level is no body (LABELS.md: 县水利局), and before a post it is the post's, as 县总工会主席 and 妇联主席 are.
    (Not the Red Cross, whose states may stand apart before it: 朝韩双方|红十字会.)"""
    text = "董事长黄河清当选为市工商联主席。县科协主席李明、市残联理事长王芳出席。县侨联组织活动。"
    spans = spans_of(text, [("董事长", "TITLE"), ("黄河清", "PER"), ("市工商联", "ORG"), ("主席", "TITLE"),
                            ("县科协", "ORG"), ("主席", "TITLE"), ("李明", "PER"), ("市残联", "ORG"), ("理事长", "TITLE"),
                            ("王芳", "PER"), ("县侨联", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("董事长", "TITLE"), ("黄河清", "PER"), ("市工商联主席", "TITLE"), ("县科协主席", "TITLE"), ("李明", "PER"),
        ("市残联理事长", "TITLE"), ("王芳", "PER")]


def test_economically_developed_towns_are_no_place():
    """深入推进经济发达镇行政管理体制改革 (CCTV news: 发达镇 read as a place at each of three mentions): a kind of town, no
    name."""
    text = "深入推进经济发达镇行政管理体制改革，激发经济发达镇发展内生动力。"
    spans = spans_of(text, [("发达镇", "LOC"), ("经济发达镇", "LOC")])
    assert clean_spans(text, spans) == []


def test_modes_of_transport_are_no_names():
    """水路预计发送旅客123.5万人次，民航预计发送旅客204万人次 (CCTV news: 水路 read as a place, 民航 as a body): the
    waterways and civil aviation as modes of transport name no place or body (MSRA's gold leaves 民航 untagged 26
    times in 28)."""
    text = "今天，铁路预计发送旅客1500万人次，水路预计发送旅客123.5万人次，民航预计发送旅客204万人次。"
    spans = spans_of(text, [("水路", "LOC"), ("民航", "ORG")])
    assert clean_spans(text, spans) == []


def test_nothing_inside_the_names_of_transfer_projects_is_a_place():
    """西气东输三线东段工程建成通气 (CCTV news: 西气 read as a place): the west-to-east gas, power and data transfer
    projects name no place, as 南水北调 does not."""
    text = "西气东输三线东段工程建成通气。西电东送通道投运。东数西算工程启动。"
    spans = spans_of(text, [("西气", "LOC"), ("西电", "ORG"), ("东数", "LOC")])
    assert clean_spans(text, spans) == []


def test_nothing_inside_a_quoted_bill_is_a_place():
    """美国签署所谓“维吾尔强迫劳动预防法案” (CCTV news: 维吾尔 read as a place): a bill's name in quotes is a document's
    title, inside which LABELS.md tags nothing."""
    text = "对美国签署所谓“维吾尔强迫劳动预防法案”发表严正声明。"
    spans = spans_of(text, [("美国", "LOC"), ("维吾尔", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["美国"]


def test_people_in_a_list_of_places_closed_by_directions_are_places():
    """乌军在库皮扬斯克、阿夫杰耶夫卡等方向击退俄军进攻, 在哈尔科夫、阿夫杰耶夫卡、扎波罗热等方向 (CCTV news: the towns
    after the first read as people): a list of places joined by 、 that closes with 等方向 or 方向 is a list of places,
    persons read in it too; a list of people stays (王毅、李强等出席)."""
    text = "乌军在库皮扬斯克、阿夫杰耶夫卡等方向击退俄军进攻。在哈尔科夫、阿夫杰耶夫卡、扎波罗热等方向，俄军发动攻击。王毅、李强等出席。"
    spans = spans_of(text, [("乌军", "ORG"), ("库皮扬斯克", "LOC"), ("阿夫杰耶夫卡", "PER"), ("俄军", "ORG"),
                            ("哈尔科夫", "LOC"), ("阿夫杰耶夫卡", "PER"), ("扎波罗热", "PER"), ("俄军", "ORG"),
                            ("王毅", "PER"), ("李强", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type in ("LOC", "PER")] == [
        ("库皮扬斯克", "LOC"), ("阿夫杰耶夫卡", "LOC"), ("哈尔科夫", "LOC"), ("阿夫杰耶夫卡", "LOC"), ("扎波罗热", "LOC"),
        ("王毅", "PER"), ("李强", "PER")]


def test_west_or_east_alone_is_spain_or_timor_only_beside_another_side():
    """别具一格的西蜀园林, 西人工岛的岛壁形成合龙 (CCTV news: 西 read as Spain): 西 or 东 alone is a state's abbreviation
    only beside another side's (中西建交, 西中文化) or before 方, 政府 or 两国, as every such gold place of the corpora is."""
    text = "别具一格的西蜀园林景致。西人工岛的岛壁形成合龙。中西建交以来，西政府愿意努力。"
    spans = spans_of(text, [("西", "LOC"), ("西", "LOC"), ("中西", "LOC"), ("西", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["中西", "西"]


def test_verbs_and_nouns_read_as_posts_are_no_posts_and_a_reelection_verb_comes_off_the_post():
    """From 1,500 CCTV stories: 韩启德|连任主席 (the verb of re-election read into the post), 调到丽江华坪县|教书 (teach),
    中共中央|党史|和文献研究院 (party history), 考察非盟|总部 (headquarters), 吴邦国|高度评价|梅津采夫 (praised highly)
    and 国务|院令 (a State Council decree) read as posts."""
    text = "选举产生了新一届中央委员会，韩启德连任主席。张桂梅从大理调到丽江华坪县教书。考察非盟总部。吴邦国高度评价梅津采夫。"
    spans = spans_of(text, [("韩启德", "PER"), ("连任主席", "TITLE"), ("张桂梅", "PER"), ("大理", "LOC"), ("丽江华坪县", "LOC"),
                            ("教书", "TITLE"), ("非盟", "ORG"), ("总部", "TITLE"), ("吴邦国", "PER"), ("高度评价", "TITLE"),
                            ("梅津采夫", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("韩启德", "PER"), ("主席", "TITLE"), ("张桂梅", "PER"), ("大理", "LOC"), ("丽江华坪县", "LOC"), ("非盟", "ORG"),
        ("吴邦国", "PER"), ("梅津采夫", "PER")]


def test_nothing_inside_a_quoted_slogan_of_four_character_phrases_is_a_name():
    """主题为“通江达海、兴海强国” (CCTV news: 通江 read as a place, 达海 and 兴海 as people), “积善之家，必有余庆”: a
    quotation of four-character phrases joined by 、 or ， is a slogan, inside which LABELS.md tags nothing."""
    text = "大会主题为“通江达海、兴海强国”。“积善之家，必有余庆”。在江苏南通举行。"
    spans = spans_of(text, [("通江", "LOC"), ("达海", "PER"), ("兴海", "PER"), ("余庆", "PER"), ("江苏南通", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["江苏南通"]


def test_apprentices_and_masters_are_no_people_or_posts():
    """【同期】潘玉华对徒弟们说 (CCTV news: 徒弟 read as a person): an apprentice or master is a role, no name or post."""
    text = "潘玉华对徒弟们说，这个就是练手的平衡感。师傅带徒弟。"
    spans = spans_of(text, [("潘玉华", "PER"), ("徒弟", "PER"), ("师傅", "TITLE")])
    assert [e.text for e in clean_spans(text, spans)] == ["潘玉华"]


def test_a_states_ministry_of_science_or_sport_named_by_its_kind_before_its_head_goes_into_the_post():
    """哥伦比亚科技部长托雷斯表示 (CCTV news: read 哥伦比亚科技 (ORG) + 部长): the 部 is the ministry's and the post's, as
    in 伊朗外交部长; the state is the place and 科技部长 the post."""
    text = "哥伦比亚科技部长托雷斯表示，中国经验值得学习。法国体育部长卡斯泰拉说。"
    spans = spans_of(text, [("哥伦比亚科技", "ORG"), ("部长", "TITLE"), ("托雷斯", "PER"), ("中国", "LOC"),
                            ("法国体育", "ORG"), ("部长", "TITLE"), ("卡斯泰拉", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("哥伦比亚", "LOC"), ("科技部长", "TITLE"), ("托雷斯", "PER"), ("中国", "LOC"), ("法国", "LOC"), ("体育部长", "TITLE"),
        ("卡斯泰拉", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("托雷斯", "科技部长", "哥伦比亚"), ("卡斯泰拉", "体育部长", "法国")]


def test_a_team_stopped_before_the_last_character_of_its_word_is_completed():
    """遂昌县新路湾镇的蕉川村志愿服务队已连续服务村民8年 (local-news style: the team read as …志愿服务, stopping inside the
    word 服务队): the team's name ends with 队, as a rescue team's does (江山市蓝天救援|队)."""
    text = "遂昌县新路湾镇的蕉川村志愿服务队已连续服务村民8年。江山市蓝天救援队赶到现场。"
    spans = spans_of(text, [("遂昌县新路湾镇", "LOC"), ("蕉川村志愿服务", "ORG"), ("江山市蓝天救援", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("遂昌县新路湾镇", "LOC"), ("蕉川村志愿服务队", "ORG"), ("江山市蓝天救援队", "ORG")]


def test_a_volunteer_team_named_by_a_quotation_alone_is_no_name():
    """The written labels leave a volunteer or service team named by a quotation alone untagged, as a quoted
    programme's name (“红骑先锋”志愿服务队, “大棚电工”服务队, “邻里守望”志愿队: five times, never tagged), also where the
    tagger reads it whole or stops inside its words (“红色电工”志愿服务|队, “银龄互助”志愿|服务队, “银龄互助”志愿|者协会);
    a team named by a quotation and a kind of its own stays, as the corpora tag it (“美洲风暴”篮球队, “１２２”勘察队), and
    so does a quoted name with its ship's or body's word (“旅行者”号, “辽宁舰”航母编队), and a place before the quotation
    keeps its place."""
    text = ("蕉川村的“红色电工”志愿服务队已服务8年。南苑街道的“银龄互助”志愿服务队有队员120名。“银龄互助”志愿者协会成立。"
            "“美洲风暴”篮球队来访，“１２２”勘察队，“旅行者”号，“辽宁舰”航母编队")
    spans = spans_of(text, [("蕉川村", "LOC"), ("“红色电工”志愿服务队", "ORG"), ("南苑街道", "LOC"), ("“银龄互助”志愿", "ORG"),
                            ("“美洲风暴”篮球队", "ORG"), ("“１２２”勘察队", "ORG"), ("“旅行者”号", "ORG"),
                            ("“辽宁舰”航母编队", "ORG")])
    spans.append(Entity(text.rindex("“银龄互助”志愿"), text.rindex("“银龄互助”志愿") + 8, "ORG", "“银龄互助”志愿"))
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("蕉川村", "LOC"), ("南苑街道", "LOC"), ("“美洲风暴”篮球队", "ORG"), ("“１２２”勘察队", "ORG"), ("“旅行者”号", "ORG"),
        ("“辽宁舰”航母编队", "ORG")]


def test_breeds_listed_before_deng_pinzhong_are_no_places():
    """推广安格斯、西门塔尔等优良品种 (a written dev article of rural news: the cattle breeds read as places): the items of
    a list closed by 等品种 are breeds; a place that ends in its unit stays (引进山东省寿光市等地品种 is no such list)."""
    text = "一是良种繁育提质量。推广安格斯、西门塔尔等优良品种，建成肉牛良种繁育基地。从寿光市引进的蔬菜品种。"
    spans = spans_of(text, [("安格斯", "LOC"), ("西门塔尔", "LOC"), ("寿光市", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["寿光市"]


def test_a_canteen_council_or_a_sports_club_by_its_kind_alone_is_no_body():
    """村里还成立了食堂理事会; 从温州大学、温州市少年宫、体育俱乐部和非遗传承机构等遴选课程 (written dev articles: read as
    ORGs): a body by its kind alone has no distinguishing name (LABELS.md)."""
    text = "村里还成立了食堂理事会。从温州大学、温州市少年宫、体育俱乐部和非遗传承机构等遴选课程。"
    spans = spans_of(text, [("食堂理事会", "ORG"), ("温州大学", "ORG"), ("温州市少年宫", "ORG"), ("体育俱乐部", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["温州大学", "温州市少年宫"]


def test_a_county_and_a_township_left_untagged_before_its_government_are_the_government():
    """庆元县淤上乡政府工作人员吴建华 (local-news style: 庆元县 tagged, the township 淤上乡 left untagged): the county, the
    township's name and its government are the township government, one ORG, as 开化县林山|乡政府 is; not a county's
    townships counted or named by a determiner (该县各乡政府)."""
    text = "庆元县淤上乡政府工作人员吴建华在转移群众时受伤。龙泉县各乡政府组织排查。"
    spans = spans_of(text, [("庆元县", "LOC"), ("吴建华", "PER"), ("龙泉县", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("庆元县淤上乡政府", "ORG"), ("吴建华", "PER"), ("龙泉县", "LOC")]


def test_a_teacher_however_qualified_is_a_role_no_post():
    """会长由退休教师方建国担任 (local-news style: read 退休教师 as his post, and an official from it): a teacher is a role
    (LABELS.md: 老师), retired or not; only CLUENER tags 教师 as a position."""
    text = "会长由退休教师方建国担任。乡村教师李明说。"
    spans = spans_of(text, [("退休教师", "TITLE"), ("方建国", "PER"), ("乡村教师", "TITLE"), ("李明", "PER")])
    cleaned = clean_spans(text, spans)
    # 会长, left untagged here, is tagged as 方建国's (held by him between 由 and 担任: the test after this one)
    assert [(e.text, e.type) for e in cleaned] == [("会长", "TITLE"), ("方建国", "PER"), ("李明", "PER")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("方建国", "会长")]


def test_a_post_held_by_a_person_named_after_you_and_before_danren_is_his():
    """会长由退休教师方建国担任，副会长由村妇联主席李美娟担任 (local-news style: the posts were dropped as beside no one):
    a post followed by 由 … a person … 担任 (or 兼任) in its clause is that person's, an official; not a post whose 由
    clause names no one (组长由县长担任)."""
    text = "会长由退休教师方建国担任，副会长由村妇联主席李美娟担任。组长由县长担任。"
    spans = spans_of(text, [("会长", "TITLE"), ("退休教师", "TITLE"), ("方建国", "PER"), ("副会长", "TITLE"),
                            ("村妇联主席", "TITLE"), ("李美娟", "PER"), ("组长", "TITLE"), ("县长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("会长", "TITLE"), ("方建国", "PER"), ("副会长", "TITLE"), ("村妇联主席", "TITLE"), ("李美娟", "PER")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [
        ("李美娟", "村妇联主席"), ("方建国", "会长"), ("李美娟", "副会长")]  # posts held after 由 … 担任 come last


def test_an_embroidery_style_and_a_workshop_named_by_its_craft_are_no_names():
    """台江县施洞镇的苗绣工坊里 (local-news style: read as a LOC), 蜀绣等手工艺品 (CCTV news: read as a PER): a style of
    embroidery is a craft, and a workshop named by its craft or scheme has no distinguishing name (the written labels tag
    none of 49 工坊); a workshop after its place is left as read."""
    text = "台江县施洞镇的苗绣工坊里，绣娘学织苗绣。蜀绣等手工艺品。坛头村共富工坊开工。"
    spans = spans_of(text, [("台江县施洞镇", "LOC"), ("苗绣工坊", "LOC"), ("苗绣", "LOC"), ("蜀绣", "PER"),
                            ("坛头村共富工坊", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("台江县施洞镇", "LOC"), ("坛头村共富工坊", "ORG")]


def test_a_place_read_on_into_a_quoted_scheme_is_the_place_and_into_a_quoted_venue_two_spans():
    """柯城区九华乡妙源村“两山银行”运营以来 (local-news style: read whole as an ORG, quotes inside): the written labels tag
    the place before a quoted scheme and leave the scheme (鄞州区|“智慧党建”, 闵行区|新增社区“宝宝屋”; LABELS.md: quotes
    stay outside a span); a quoted venue or body after its place is the place and the venue, quotes outside
    (遂昌县妙高街道“银龄驿站”, read whole as a LOC; 嵊州市“农函大”, MSRA), as where the tagger reads them apart; a body
    before its quoted group (长沙市望月第二小学“红领巾环保行动小组”, MSRA) is left as read."""
    text = ("柯城区九华乡妙源村“两山银行”运营以来，嵊州市“农函大”到村里，长沙市望月第二小学“红领巾环保行动小组”成立。"
            "遂昌县妙高街道“银龄驿站”正式揭牌。")
    spans = spans_of(text, [("柯城区九华乡妙源村“两山银行”", "ORG"), ("嵊州市“农函大”", "ORG"),
                            ("长沙市望月第二小学“红领巾环保行动小组”", "ORG"), ("遂昌县妙高街道“银龄驿站”", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("柯城区九华乡妙源村", "LOC"), ("嵊州市", "LOC"), ("农函大", "ORG"), ("长沙市望月第二小学“红领巾环保行动小组”", "ORG"),
        ("遂昌县妙高街道", "LOC"), ("银龄驿站", "ORG")]


def test_a_group_its_branchs_region_and_the_branchs_body_word_are_one_body():
    """该项目由中国电建华东院负责施工 (local-news style: 中国 read as a LOC, then 华东 as a LOC and 院 left out): a
    construction or power group by its short name is a company, and the region of its branch with the branch's body word
    after it is the branch, one ORG; a place after a group and no body word stays a place (中国电建在浙江)."""
    text = "该项目由中国电建华东院负责施工。中国电建浙江公司、中国能建在浙江建设电站。"
    spans = spans_of(text, [("中国", "LOC"), ("华东", "LOC"), ("中国电建", "ORG"), ("浙江", "LOC"), ("中国能建", "ORG"),
                            ("浙江", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("中国电建华东院", "ORG"), ("中国电建浙江公司", "ORG"), ("中国能建", "ORG"), ("浙江", "LOC")]


def test_now_or_former_before_a_level_body_stays_out_of_it():
    """原县委书记、现市人大常委会副主任周德明 (local-news style: 现市人大常委会 read as an ORG): 现 (now) and 原 (former)
    qualify the post, not the body's name; a level body with its post is read as one post, as the tagger reads it without
    现 (市人大常委会副主任), and the official is his."""
    text = "原县委书记、现市人大常委会副主任周德明也参加了调研。"
    spans = spans_of(text, [("县委书记", "TITLE"), ("现市人大常委会", "ORG"), ("副主任", "TITLE"), ("周德明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("县委书记", "TITLE"), ("市人大常委会副主任", "TITLE"), ("周德明", "PER")]


def test_a_medium_in_a_dateline_or_a_source_line_is_tagged_whole():
    """台州日报讯 近日… and 来源：浙江在线 (local-news pages: the dateline's paper left untagged, the portal read as the place
    浙江): LABELS.md tags media names, also in datelines and 来源 lines, as ORGs; 本报讯 names no medium, and a source
    line that goes on past the name is left as read."""
    text = ("台州日报讯 近日，黄岩区召开推进会。\n来源：浙江在线\n本报讯 昨日，温岭市举行演练。\n来源：浙江省水利厅网站消息称\n"
            "北京图书大厦开业本报讯建在北京西单路口。")
    spans = spans_of(text, [("黄岩区", "LOC"), ("浙江", "LOC"), ("温岭市", "LOC"), ("浙江省水利厅", "ORG"),
                            ("北京图书大厦", "LOC"), ("北京西单", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("台州日报", "ORG"), ("黄岩区", "LOC"), ("浙江在线", "ORG"), ("温岭市", "LOC"), ("浙江省水利厅", "ORG"),
        ("北京图书大厦", "LOC"), ("北京西单", "LOC")]


def test_a_zone_by_its_kind_alone_is_no_place():
    """柯城区、衢江区、智造新城和高新区分别作表态发言 (local-news style: 高新区 read as a LOC): a high-tech zone, development
    zone or industrial park by its kind alone has no distinguishing name (no gold span of the corpora is one; MSRA leaves
    bare 高新区 untagged 15 times); a zone after its name stays (杭州高新区)."""
    text = "柯城区、衢江区、智造新城和高新区分别作表态发言。杭州高新区和经济开发区、工业园区的企业参加。"
    spans = spans_of(text, [("柯城区", "LOC"), ("衢江区", "LOC"), ("智造新城", "LOC"), ("高新区", "LOC"),
                            ("杭州高新区", "LOC"), ("经济开发区", "LOC"), ("工业园区", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("柯城区", "LOC"), ("衢江区", "LOC"), ("智造新城", "LOC"), ("杭州高新区", "LOC")]


def test_minsheng_as_peoples_livelihood_is_no_bank():
    """民生方面，前三季度… (a written dev article: 民生 read as an ORG, CLUENER's short name of 民生银行): the people's
    livelihood before 方面, 实事, 工程 … is a field, no body; the bank in a list of banks stays (招行、浦发、民生、交行)."""
    text = "民生方面，前三季度支出增长。招行、浦发、民生、交行的调整力度较大。办好民生实事。"
    spans = spans_of(text, [("民生", "ORG"), ("招行", "ORG"), ("浦发", "ORG"), ("民生", "ORG"), ("交行", "ORG"),
                            ("民生", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("招行", "ORG"), ("浦发", "ORG"), ("民生", "ORG"), ("交行", "ORG")]


def test_a_company_named_by_its_trade_alone_is_no_body():
    """新区协调公交公司开通了两条通勤专线 (a written dev article: read whole as an ORG), 镇里联系供电公司上门服务 (local-news
    style: read whole): a bus or power company by its trade alone is a bare body type (LABELS.md: 供电所), also after
    the subject and verb the span took in; one named by its place or trade name stays (杭州公交公司, 娃哈哈公司)."""
    text = "新区协调公交公司开通了专线。镇里联系供电公司上门服务。杭州公交公司和娃哈哈公司参加。公交公司的驾驶员说。"
    spans = spans_of(text, [("新区协调公交公司", "ORG"), ("镇里联系供电公司", "ORG"), ("杭州公交公司", "ORG"),
                            ("娃哈哈公司", "ORG"), ("公交公司", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("杭州公交公司", "ORG"), ("娃哈哈公司", "ORG")]


def test_economic_indicators_are_no_bodies():
    """GEP核算走在全国前列 (local-news style: GEP, gross ecosystem product, read as an ORG): an indicator's acronym
    (GDP, GEP, CPI, PMI) is a measure, no body; no gold span of the corpora is one."""
    text = "丽水市GEP核算走在全国前列，全市GDP同比增长6.2%。"
    spans = spans_of(text, [("丽水市", "LOC"), ("GEP", "ORG"), ("GDP", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("丽水市", "LOC")]


def test_a_post_after_a_later_verb_of_holding_is_not_the_subjects_where_a_person_follows_it():
    """县委书记王建国会见了新当选的温州市龙湾区政协主席陈立新 (local-news style), 习近平…会见了新当选并获中央政府任命的香港特别行政区
    第五任行政长官林郑月娥 (CCTV news): the 当选 of a relative clause named the post's holder after it, and the subject
    was given the post too; a post with its holder right after it is that holder's alone."""
    text = "县委书记王建国会见了新当选的温州市龙湾区政协主席陈立新。刘桂珍全票当选村党支部书记。"
    spans = spans_of(text, [("县委书记", "TITLE"), ("王建国", "PER"), ("温州市龙湾区", "LOC"), ("政协主席", "TITLE"),
                            ("陈立新", "PER"), ("刘桂珍", "PER"), ("党支部书记", "TITLE")])
    assert sorted((o.name, o.title) for o in extract_officials(text, spans)) == [
        ("刘桂珍", "党支部书记"), ("王建国", "县委书记"), ("陈立新", "政协主席")]


def test_a_body_named_for_its_inspection_work_keeps_its_name():
    """据国务院教育督导委员会办公室消息 (gov.cn style: the tagger reads 国务院教育督导委员会, and the visit rule cut it at
    督导 as if the span ran on into an inspection visit): 督导 before 委员会, 局, 司 or 办 is part of a body's name."""
    text = "据国务院教育督导委员会办公室消息，开学检查将于下月开展。省教育督导室主任到衢州督导。"
    spans = spans_of(text, [("国务院教育督导委员会", "ORG"), ("衢州督导", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("国务院教育督导委员会", "ORG"), ("衢州", "LOC")]


def test_a_town_named_with_one_character_and_zhen_keeps_its_doubled_zhen():
    """龙游县湖镇镇党委书记胡建华 (local-news style: the tagger reads 龙游县 + 湖镇镇, and the doubled-level rule cut the
    town to 湖镇): a town whose name is one character and 镇 (湖镇, 壶镇) is named 湖镇镇 in full, as Chinese place names
    take two characters or more; 上罗镇镇|党委书记 still gives up the post's bare level."""
    text = "龙游县湖镇镇党委书记胡建华说。上罗镇镇党委书记李明说。"
    spans = spans_of(text, [("龙游县", "LOC"), ("湖镇镇", "LOC"), ("党委书记", "TITLE"), ("胡建华", "PER"),
                            ("上罗镇镇", "LOC"), ("党委书记", "TITLE"), ("李明", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("龙游县湖镇镇", "LOC"), ("党委书记", "TITLE"), ("胡建华", "PER"), ("上罗镇", "LOC"), ("党委书记", "TITLE"),
        ("李明", "PER")]


def test_a_place_stays_apart_from_the_quoted_name_after_it_and_quotes_stay_outside():
    """柯城区九华乡妙源村“两山银行”运营以来 (local-news style: the tagger reads 柯城区九华乡妙源村 + “两山银行” as an ORG, and
    the place was joined to it across the quotation mark): LABELS.md keeps quotation marks outside a span, so the place
    stays a place and a name quoted whole loses its marks (村里的“幸福食堂” → 幸福食堂); a quotation inside a longer
    name stays (“１２２”勘察队, as MSRA tags it)."""
    text = "柯城区九华乡妙源村“两山银行”运营以来，村里的“幸福食堂”开张了，“１２２”勘察队进村。"
    spans = spans_of(text, [("柯城区九华乡妙源村", "LOC"), ("“两山银行”", "ORG"), ("“幸福食堂”", "ORG"),
                            ("“１２２”勘察队", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("柯城区九华乡妙源村", "LOC"), ("两山银行", "ORG"), ("幸福食堂", "ORG"), ("“１２２”勘察队", "ORG")]


def test_a_paper_named_by_its_place_is_one_org():
    """衢州日报记者 毛慧, 据衢州日报报道, 丽水日报全媒体记者 (local-news bylines and reports: the tagger reads 衢 as an ORG,
    丽水 as a LOC, or nothing): a paper named by its place is a medium, one ORG (MSRA: 安徽日报记者程世来), its office
    with it (衢州日报社)."""
    text = "衢州日报记者 毛慧\n据衢州日报报道，丽水日报全媒体记者 叶浩博。记者从丽水日报社获悉，衢州日报社编辑部发布。"
    spans = spans_of(text, [("衢", "ORG"), ("毛慧", "PER"), ("丽水", "LOC"), ("叶浩博", "PER"), ("丽水日报社", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("衢州日报", "ORG"), ("毛慧", "PER"), ("衢州日报", "ORG"), ("丽水日报", "ORG"), ("叶浩博", "PER"),
        ("丽水日报社", "ORG"), ("衢州日报社", "ORG")]


def test_a_media_centre_or_station_read_as_a_place_is_an_org():
    """龙游县融媒体中心记者 王丽, 江山市融媒体中心供稿 (local-news bylines: read as LOCs): a county's media centre, a
    broadcaster or a paper's office is a body, an ORG, as the corpora tag 138 such in MSRA, none a place but
    CLUENER's 中央电视台 twice; a level's alone is no name (记者从市融媒体中心了解到)."""
    text = "龙游县融媒体中心记者 王丽 报道。江山市融媒体中心供稿。记者从市融媒体中心了解到。"
    spans = spans_of(text, [("龙游县融媒体中心", "LOC"), ("王丽", "PER"), ("江山市融媒体中心", "LOC"), ("市融媒体中心", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("龙游县融媒体中心", "ORG"), ("王丽", "PER"), ("江山市融媒体中心", "ORG")]


def test_a_hospital_or_school_by_its_kind_alone_is_no_body():
    """记者在绿康医养集团旗下的康复医院看到 (local-news style: 康复医院 read as an ORG): a hospital, school or care home
    by its kind alone (康复医院, 人民医院, 养老院, 幼儿园, 实验小学) has no distinguishing name (LABELS.md: 县人民医院 is no
    entity; the written labels tag none alone); with its name it stays (绿康医养集团, 衢州市人民医院)."""
    text = "记者在绿康医养集团旗下的康复医院看到，衢州市人民医院和人民医院的医生来到养老院、幼儿园和实验小学。"
    spans = spans_of(text, [("绿康医养集团", "ORG"), ("康复医院", "ORG"), ("衢州市人民医院", "ORG"), ("人民医院", "ORG"),
                            ("养老院", "ORG"), ("幼儿园", "ORG"), ("实验小学", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("绿康医养集团", "ORG"), ("衢州市人民医院", "ORG")]


def test_a_level_party_school_is_no_body():
    """省委党校教授王立新作专题辅导报告 (local-news style: read as an ORG; jieba reads 省委党校 as one word, so the level
    word was not seen standing alone): a party school named by its level (省委党校, 县委党校) is a body named by its level
    alone (LABELS.md: 县委, 县人民医院); with its place it stays (秀洲区委党校, written labels)."""
    text = "省委党校教授王立新作专题辅导报告。秀洲区委党校副校长李明说。"
    spans = spans_of(text, [("省委党校", "ORG"), ("教授", "TITLE"), ("王立新", "PER"), ("秀洲区委党校", "ORG"),
                            ("副校长", "TITLE"), ("李明", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("教授", "TITLE"), ("王立新", "PER"), ("秀洲区委党校", "ORG"), ("副校长", "TITLE"), ("李明", "PER")]


def test_a_working_committee_of_a_kind_goes_into_its_place_or_committee():
    """常山县委两新工委联合…, 区委两新工委书记钱伟 (local-news style: the tagger ends the ORG at 县委, or reads 工委书记 as
    the post): a working committee of a kind (两新, 机关, 教育) after its place's party committee or its place is part of
    that body's name, as the written labels tag 昆山市委两新工委 and 鼓楼区直机关工委; a street's 党工委 before its post
    stays in the post (祥符街道|党工委书记)."""
    text = ("常山县委两新工委联合开展专项行动。昆山市委两新工委书记钱伟参加。祥符街道党工委书记金晓华介绍。"
            "市直机关工委书记周建军主持会议。")
    spans = spans_of(text, [("常山县委", "ORG"), ("昆山市委", "ORG"), ("工委书记", "TITLE"), ("钱伟", "PER"),
                            ("祥符街道", "LOC"), ("党工委书记", "TITLE"), ("金晓华", "PER"), ("市直机关工委", "ORG"),
                            ("书记", "TITLE"), ("周建军", "PER")])
    # the level's organs' committee is named by its level alone (LABELS.md: 县委): no body
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("常山县委两新工委", "ORG"), ("昆山市委两新工委", "ORG"), ("书记", "TITLE"), ("钱伟", "PER"), ("祥符街道", "LOC"),
        ("党工委书记", "TITLE"), ("金晓华", "PER"), ("书记", "TITLE"), ("周建军", "PER")]


def test_a_chain_ending_in_a_county_goes_on_into_the_untagged_town_after_it():
    """衢江区举村乡的高山蔬菜基地里 (local-news style: the tagger reads 衢江, completed to 衢江区, and leaves the township
    举村乡), 衢江区莲花镇的: a chain of places goes on into a township or town named right after its county or district
    (LABELS.md: one continuous chain); not into a determiner's towns (柯城区各乡镇) nor a word (衢江区美丽乡村)."""
    text = "衢江区举村乡的蔬菜基地。衢江区莲花镇的农户。柯城区各乡镇都有。衢江区美丽乡村建设。"
    spans = spans_of(text, [("衢江区", "LOC"), ("衢江区", "LOC"), ("柯城区", "LOC"), ("衢江区", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢江区举村乡", "衢江区莲花镇", "柯城区", "衢江区"]


def test_a_body_stopping_inside_its_ending_is_completed_not_cut_as_a_fragment():
    """衢州供电公司员工王晓东 (local-news style: the tagger reads 衢州供电公, and the fragment rule cut it to the place
    衢州): a body that stops inside an ending the text completes right after it (公|司) is completed, one ORG."""
    text = "衢州供电公司员工王晓东获得称号。"
    spans = spans_of(text, [("衢州供电公", "ORG"), ("王晓东", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("衢州供电公司", "ORG"), ("王晓东", "PER")]


def test_a_chain_ending_in_a_community_name_takes_its_community():
    """绍兴市越城区北海街道环山社区组织居民… (local-news style: the tagger stops at 环山, as jieba reads 社区组织): a chain
    that names a street or town and then a community's name goes on into 社区 (LABELS.md: 杭州市余杭区仓前街道景腾社区 is one
    LOC); a place with no street or town before it is left (杭州|社区养老)."""
    text = "绍兴市越城区北海街道环山社区组织居民演练。杭州社区养老服务。"
    spans = spans_of(text, [("绍兴市越城区北海街道环山", "LOC"), ("杭州", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["绍兴市越城区北海街道环山社区", "杭州"]


def test_a_named_library_or_museum_read_as_a_place_is_an_org():
    """本次活动由龙游县文化和广电旅游体育局主办，龙游县图书馆承办 (local-news style: the library read as a LOC): a named
    library, museum or memorial hall is a named service venue, an ORG (LABELS.md), as the written labels tag all ten of
    theirs (MSRA tags them places); a bare one stays no name (在|纪念馆|不远处) and a stadium a place."""
    text = "龙游县图书馆承办，参观香山革命纪念馆，在纪念馆不远处，黄龙体育馆内。"
    spans = spans_of(text, [("龙游县图书馆", "LOC"), ("香山革命纪念馆", "LOC"), ("纪念馆", "LOC"), ("黄龙体育馆", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("龙游县图书馆", "ORG"), ("香山革命纪念馆", "ORG"), ("黄龙体育馆", "LOC")]


def test_a_post_held_for_years_before_de_and_the_name_is_the_persons():
    """担任村党支部书记20年的叶建平 (local-news style: the post kept, no official): how long the post has been held, between
    the post and 的, leaves the post the person's after 的, as 当选三街村党支部书记的王洪旗 is."""
    text = "担任村党支部书记20年的叶建平，把穷村变成了富村。当了十多年村委会主任的王根土说。"
    spans = spans_of(text, [("党支部书记", "TITLE"), ("叶建平", "PER"), ("村委会主任", "TITLE"), ("王根土", "PER")])
    assert sorted((o.name, o.title) for o in extract_officials(text, spans)) == [
        ("叶建平", "党支部书记"), ("王根土", "村委会主任")]


def test_a_name_before_a_comma_holds_the_posts_of_an_apposition_that_goes_on_after_a_comma():
    """陈立新，江山市水利局党组成员、副局长，长期分管农村饮用水工作。 (local-news style: the posts were dropped as held by
    no one): a clause of only bodies and posts after a name and a comma says what the name is also where another
    clause follows it, as it does at a sentence's end (袁少敏，…党支部书记。)."""
    text = "陈立新，江山市水利局党组成员、副局长，长期分管农村饮用水工作。"
    spans = spans_of(text, [("陈立新", "PER"), ("江山市水利局", "ORG"), ("党组成员", "TITLE"), ("副局长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("陈立新", "PER"), ("江山市水利局", "ORG"), ("党组成员", "TITLE"), ("副局长", "TITLE")]
    assert sorted((o.name, o.title, o.org) for o in extract_officials(text, cleaned)) == [
        ("陈立新", "党组成员", "江山市水利局"), ("陈立新", "副局长", "江山市水利局")]


def test_a_post_after_zuowei_is_held_by_the_person_opening_the_next_clause():
    """作为村党支部书记，王建华每天都要到… (local-news style: the post was dropped as held by no one): a clause that opens
    with 作为 or 身为 (as …) and ends on a post at a comma gives the post to the person who opens the next clause; a
    clause of 作为 with no post (作为一名老党员，) gives none, nor does a post whose next clause opens with no name."""
    text = "作为村党支部书记，王建华每天都要到养老服务中心看一看。身为龙游县供电公司总经理，刘勇经常深入一线。作为局长，要带头。"
    spans = spans_of(text, [("党支部书记", "TITLE"), ("王建华", "PER"), ("龙游县供电公司", "ORG"), ("总经理", "TITLE"),
                            ("刘勇", "PER"), ("局长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("党支部书记", "TITLE"), ("王建华", "PER"), ("龙游县供电公司", "ORG"), ("总经理", "TITLE"), ("刘勇", "PER")]
    assert sorted((o.name, o.title, o.org) for o in extract_officials(text, cleaned)) == [
        ("刘勇", "总经理", "龙游县供电公司"), ("王建华", "党支部书记", None)]


def test_posts_before_a_comma_are_the_person_named_after_the_next_clause_of_posts():
    """市农业农村局党组书记、局长，市乡村振兴局局长徐建国在会上作部署 (local-news style: the first posts were dropped as held
    by no one): a clause of only bodies and posts that ends at a comma before another such clause ending on a post and a
    name gives its posts to that name, as Party news writes one official's posts of two bodies; a clause of posts with
    no name after the next one (县委书记、县长，县人大常委会主任等参加) gives nothing."""
    text = ("会上，市农业农村局党组书记、局长，江山市乡村振兴局局长徐建国作部署。市水利局党组书记、局长，市河湖管理中心主任陈刚出席。"
            "县委书记、县长，县人大常委会主任等参加。")
    spans = spans_of(text, [("党组书记", "TITLE"), ("局长", "TITLE"), ("江山市乡村振兴局", "ORG"), ("局长", "TITLE"),
                            ("徐建国", "PER"), ("党组书记", "TITLE"), ("局长", "TITLE"), ("主任", "TITLE"), ("陈刚", "PER"),
                            ("县委书记", "TITLE"), ("县长", "TITLE"), ("县人大常委会主任", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("党组书记", "TITLE"), ("局长", "TITLE"), ("江山市乡村振兴局", "ORG"), ("局长", "TITLE"), ("徐建国", "PER"),
        ("党组书记", "TITLE"), ("局长", "TITLE"), ("主任", "TITLE"), ("陈刚", "PER")]
    assert sorted((o.name, o.title, o.org) for o in extract_officials(text, cleaned)) == [
        ("徐建国", "党组书记", None), ("徐建国", "局长", "江山市乡村振兴局"),
        ("陈刚", "主任", None), ("陈刚", "党组书记", None), ("陈刚", "局长", None)]


def test_an_untagged_party_organisation_before_a_secretary_goes_into_the_post():
    """村党组织书记吴国平说 (local-news style: the tagger reads 书记 alone, as it reads 后岸村|党组织书记 whole after a
    named village): 党组织 (the Party organization, the word of Zhejiang's village reforms) left untagged right before a
    secretary's post is part of the post, as 党支部 is (LABELS.md: Party-body words that are part of the post stay in the
    TITLE), and the official's body is the village the text is about; so it is left untagged with the post where
    it makes a person of the clause an official (王建华当选村党组织书记后)."""
    text = "在后岸村，村党组织书记吴国平说，社区党组织副书记、居委会主任李娟介绍。"
    spans = spans_of(text, [("后岸村", "LOC"), ("书记", "TITLE"), ("吴国平", "PER"), ("副书记", "TITLE"),
                            ("居委会主任", "TITLE"), ("李娟", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("后岸村", "LOC"), ("党组织书记", "TITLE"), ("吴国平", "PER"), ("党组织副书记", "TITLE"), ("居委会主任", "TITLE"),
        ("李娟", "PER")]
    assert ("吴国平", "党组织书记", "后岸村") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]
    text = "王建华当选村党组织书记后，第一件事就是修路。"
    cleaned = clean_spans(text, spans_of(text, [("王建华", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("王建华", "PER"), ("党组织书记", "TITLE")]


def test_a_bare_village_before_an_untagged_party_organs_post_stays_out_of_it():
    """王家元当选为村党支部书记 (CCTV news; the post was tagged 村党支部书记): a bare 村 or 社区 before a party organ's post
    the tagger left untagged stays out of the post, as where it tagged it (村|党支部书记: the written labels' 4 of 4,
    社区|党委书记 2 of 2)."""
    text = "王家元当选为村党支部书记。李娟当选为村党委书记。"
    cleaned = clean_spans(text, spans_of(text, [("王家元", "PER"), ("李娟", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [
        ("王家元", "PER"), ("党支部书记", "TITLE"), ("李娟", "PER"), ("党委书记", "TITLE")]


def test_a_river_chiefs_post_taken_up_as_a_capacity_is_the_persons():
    """县委书记王良春以县级河长身份巡查了常山港 (local-news style, the river-chief system's usual sentence: the tagger left
    县级河长 untagged, or read 河长 alone and it was dropped as beside no one): a water chief's post with its grade between
    以 and 身份 (as …) right after a person is the person's post, one TITLE with its grade, as the written labels tag
    镇级河长 and 村级河长."""
    text = "当天，县委书记王良春以县级河长身份巡查了常山港。汤飞帆以市级总河长的身份巡河。以河长身份参加。"
    spans = spans_of(text, [("县委书记", "TITLE"), ("王良春", "PER"), ("常山港", "LOC"), ("汤飞帆", "PER"), ("河", "TITLE"),
                            ("河长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("县委书记", "TITLE"), ("王良春", "PER"), ("县级河长", "TITLE"), ("常山港", "LOC"), ("汤飞帆", "PER"),
        ("市级总河长", "TITLE")]
    assert sorted((o.name, o.title) for o in extract_officials(text, cleaned)) == [
        ("汤飞帆", "市级总河长"), ("王良春", "县委书记"), ("王良春", "县级河长")]


def test_a_partys_office_named_by_its_level_joins_posts_across_a_comma():
    """丽水市委常委、秘书长，市委办公室主任王智伟主持会议 (local-news style: the posts before the comma were dropped): a
    committee's office named by its level (市委办公室, 县政府办公室) is a body named by its level, no entity, as 市委办 is,
    so the clause after the comma is one of bodies and posts and the posts before it are the person's."""
    text = "丽水市委常委、秘书长，市委办公室主任王智伟主持会议。"
    spans = spans_of(text, [("丽水市委", "ORG"), ("常委", "TITLE"), ("秘书长", "TITLE"), ("主任", "TITLE"), ("王智伟", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("丽水市委", "ORG"), ("常委", "TITLE"), ("秘书长", "TITLE"), ("主任", "TITLE"), ("王智伟", "PER")]
    assert sorted((o.name, o.title, o.org) for o in extract_officials(text, cleaned)) == [
        ("王智伟", "主任", None), ("王智伟", "常委", "丽水市委"), ("王智伟", "秘书长", "丽水市委")]


def test_a_city_read_into_the_first_character_of_its_urban_area_is_cut_back():
    """龙泉城区防洪标准将由20年一遇提高到50年一遇 (local-news style: the tagger read 龙泉城 and left 区): a city read on into
    the 城 of the 城区 after it is the city, as 诸暨|城区 is (the corpora leave 城区 out); not a district named so
    (温州市鹿城|区 stays for the unit's completion)."""
    text = "龙泉城区防洪标准将提高。温州市鹿城区广场。"
    spans = spans_of(text, [("龙泉城", "LOC"), ("温州市鹿城", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["龙泉", "温州市鹿城区"]


def test_a_marathon_named_by_its_city_is_an_event_name():
    """2025衢州马拉松鸣枪开跑 (local-news style: the tagger read 衢州 and 马拉松 as places, merged into one): a marathon or
    trail race is an event, and LABELS.md tags nothing inside an event's name, as the written labels leave
    2024年半程马拉松赛 untagged and the cleanup reads 杭州亚运会."""
    text = "2025衢州马拉松鸣枪开跑，丽水山地越野赛同日举行，赛道途经信安湖。"
    spans = spans_of(text, [("衢州", "LOC"), ("马拉松", "LOC"), ("丽水山地越野赛", "LOC"), ("信安湖", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["信安湖"]


def test_a_name_read_on_into_laiqu_before_a_visit_gives_back_the_verb_and_the_place():
    """省委常委、宣传部部长赵承来衢调研 (local-news style: the tagger read 赵承来衢 as one person): a name read on into the
    来 of a visit and the one-character abbreviation of the place visited is the name, and the abbreviation a place, as
    陈敏来|浙调研 is read (陈敏 + 浙)."""
    text = "省委常委、宣传部部长赵承来衢调研。省长王浩来甬考察。王文序一行来衢开展执法检查。"
    spans = spans_of(text, [("省委常委", "TITLE"), ("宣传部部长", "TITLE"), ("赵承来衢", "PER"), ("省长", "TITLE"),
                            ("王浩来甬", "PER"), ("王文序", "PER"), ("衢", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("省委常委", "TITLE"), ("宣传部部长", "TITLE"), ("赵承", "PER"), ("衢", "LOC"), ("省长", "TITLE"), ("王浩", "PER"),
        ("甬", "LOC"), ("王文序", "PER"), ("衢", "LOC")]


def test_a_village_found_untagged_right_after_its_town_joins_the_chain():
    """松阳县水南街道新处村地质灾害隐患点 (local-news style: 新处村, which jieba reads as no word, was found and tagged after
    the chain as a second LOC): a unit found right after a place of a higher level ends the same chain, one LOC
    (LABELS.md: 杭州市余杭区仓前街道景腾社区), as the chain's own rule reads 中川乡|草滩村."""
    text = "松阳县水南街道新处村地质灾害隐患点已完成工程治理。"
    spans = spans_of(text, [("松阳县", "LOC"), ("水南街道", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["松阳县水南街道新处村"]


def test_a_person_of_a_compound_surname_is_no_chain_of_places():
    """村里的“老娘舅”欧阳建国调解了不少邻里纠纷 (local-news style: the person became a LOC, as jieba reads 欧阳 and 建国 as
    place words): a name of three or four characters that opens with a compound surname stays a person, as 福建南平 (two
    places) does not."""
    text = "老娘舅欧阳建国调解纠纷。福建南平的茶。"
    spans = spans_of(text, [("欧阳建国", "PER"), ("福建南平", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("欧阳建国", "PER"), ("福建南平", "LOC")]


def test_a_big_growers_name_left_untagged_after_the_word_is_a_person():
    """种粮大户徐根土今年承包了300亩农田 (local-news style: the tagger read 徐 alone, and jieba reads 徐根 as a place, so
    the surname was dropped): 大户 (a big grower: 种粮大户, 养殖大户) and 新农人 are resident words like 种植户, and the
    name after them is a person, as after 村民."""
    text = "种粮大户徐根土今年承包了300亩农田。养殖大户王建军说。"
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("徐", "PER")]))] == [
        ("徐根土", "PER"), ("王建军", "PER")]


def test_an_heritage_bearer_is_a_role_not_a_post():
    """非遗传承人周美玲带领村里的妇女… (local-news style: the tagger read 承人 as a post, as jieba reads 遗传 as a word): a
    bearer of intangible heritage (传承人) is a role, as 志愿者 is (LABELS.md: roles are not posts), however it is cut."""
    text = "非遗传承人周美玲带领村里的妇女制作竹编。竹编技艺传承人李四说。"
    spans = spans_of(text, [("承人", "TITLE"), ("周美玲", "PER"), ("传承人", "TITLE"), ("李四", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("周美玲", "PER"), ("李四", "PER")]


def test_nothing_inside_a_quoted_honour_title_is_tagged():
    """余东村是著名的“中国农民画村” (local-news style: the quotation read as a place): a quoted honour a place is known by
    or given, national or provincial, that ends like a place of its kind (村, 之乡, 之都), names no place, as the written
    labels leave “中国农村改革第一村” and “中国电器之都” untagged; the village named before stays."""
    text = "余东村是著名的“中国农民画村”。常山是“中国胡柚之乡”。"
    spans = spans_of(text, [("余东村", "LOC"), ("中国农民画村", "LOC"), ("常山", "LOC"), ("中国", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["余东村", "常山"]


def test_an_apposition_after_a_name_may_name_its_body_by_level():
    """张伟，县水利局局长，分管农村饮水 (local-news style): a body named by its level (no entity) in an apposition after a
    name and a comma leaves it one of bodies and posts, so the post is the name's."""
    text = "张伟，县水利局局长，分管农村饮水。"
    spans = spans_of(text, [("张伟", "PER"), ("局长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("张伟", "PER"), ("局长", "TITLE")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("张伟", "局长")]


def test_a_river_read_as_a_person_before_what_is_done_to_it_is_a_place():
    """一行检查了马金溪综合治理工程 (local-news style: the river read as a person, 马 a surname): a name ending like a
    river, stream or lake, right before what a river has or is done to it (综合治理, 流域, 两岸, 水质, 上游 …), is a
    place; a person before a verb stays (李若溪说)."""
    text = "一行检查了马金溪综合治理工程。江山港两岸绿树成荫。李若溪说。"
    spans = spans_of(text, [("马金溪", "PER"), ("江山港", "PER"), ("李若溪", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("马金溪", "LOC"), ("江山港", "LOC"), ("李若溪", "PER")]


def test_a_quoted_neighbourhood_hall_read_as_a_place_is_an_org():
    """清漾村的“幸福邻里坊”成了老人们最爱去的地方 (local-news style: the venue read as a place): a neighbourhood hall
    (邻里坊, 邻里中心) named in quotes is a named service venue, an ORG with the quotes outside (LABELS.md), as
    “红色议事厅” is."""
    text = "清漾村的“幸福邻里坊”成了老人们最爱去的地方。"
    spans = spans_of(text, [("清漾村", "LOC"), ("幸福邻里坊", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("清漾村", "LOC"), ("幸福邻里坊", "ORG")]


def test_a_post_after_its_term_and_a_verb_of_holding_is_kept():
    """王建华当选为新一届村委会主任 (local-news style of village elections: the post was dropped as beside no one): the
    term written between a verb of holding and the post (新一届, 新一任, 第十二届) leaves the post the subject's, as it is
    right after the verb (当选为|村委会主任)."""
    text = "经选举，王建华当选为新一届村委会主任，李丽当选为第十二届村务监督委员会主任。"
    spans = spans_of(text, [("王建华", "PER"), ("村委会主任", "TITLE"), ("李丽", "PER"), ("村务监督委员会主任", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("王建华", "PER"), ("村委会主任", "TITLE"), ("李丽", "PER"), ("村务监督委员会主任", "TITLE")]
    assert sorted((o.name, o.title) for o in extract_officials(text, cleaned)) == [
        ("李丽", "村务监督委员会主任"), ("王建华", "村委会主任")]


def test_a_name_read_on_into_ren_before_a_post_gives_the_verb_back():
    """副县长朱胜华、叶红任副组长 (local-news style of leading groups: the tagger read 叶红任 as one person): a
    three-character name of a common surname that ends in 任 (serve as) right before a head's post is the name before
    it; the post and the official stay (叶红, 副组长)."""
    text = "领导小组由县长徐利水任组长，副县长朱胜华、叶红任副组长。"
    spans = spans_of(text, [("县长", "TITLE"), ("徐利水", "PER"), ("组长", "TITLE"), ("副县长", "TITLE"), ("朱胜华", "PER"),
                            ("叶红任", "PER"), ("副组长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["徐利水", "朱胜华", "叶红"]
    assert ("叶红", "副组长") in [(o.name, o.title) for o in extract_officials(text, cleaned)]


def test_a_single_post_before_a_comma_and_the_next_clause_of_posts_is_the_name_after_it():
    """区人大常委会副主任，区总工会党组书记、常务副主席刘晓明出席活动 (local-news style: the first post, alone in its clause,
    was dropped as beside no one): one post ending a clause of posts before the comma is the person's after the next
    clause of posts, as two are (市农业农村局党组书记、局长，…)."""
    text = "区人大常委会副主任，区总工会党组书记、常务副主席刘晓明出席活动。"
    spans = spans_of(text, [("区人大常委会副主任", "TITLE"), ("区总工会党组书记", "TITLE"), ("常务副主席", "TITLE"),
                            ("刘晓明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["区人大常委会副主任", "区总工会党组书记", "常务副主席"]
    assert ("刘晓明", "区人大常委会副主任") in [(o.name, o.title) for o in extract_officials(text, cleaned)]


def test_a_post_before_a_joiner_and_an_unnamed_sub_unit_is_the_persons():
    """国网金华供电公司营销部副主任、客户服务中心主任叶伟 (local-news style of a utility's staff: the first post was nobody's):
    an unnamed sub-unit of the body after the joiner (客户服务中心, 办公室, 综合科) does not break the chain of one person's
    posts; the first keeps its body, the later one has none named (it is the sub-unit's, which is no entity)."""
    text = "国网金华供电公司营销部副主任、客户服务中心主任叶伟，带领党员服务队走进社区。"
    spans = spans_of(text, [("国网金华供电公司营销部", "ORG"), ("副主任", "TITLE"), ("主任", "TITLE"), ("叶伟", "PER")])
    cleaned = clean_spans(text, spans)
    assert sorted((o.name, o.title, o.org) for o in extract_officials(text, cleaned)) == [
        ("叶伟", "主任", None), ("叶伟", "副主任", "国网金华供电公司营销部")]


def test_the_hui_of_a_democratic_partys_committee_read_into_its_chairs_post_goes_back_to_the_body():
    """省政协副主席、民建浙江省委会主委陈小平 (local news of the CPPCC and the democratic parties: the tagger read
    民建浙江省委|会主委): 会 closes the party's committee (省委会, 市委会), as 民盟衢州市委会|主委 is read; the post is 主委."""
    text = "省政协副主席、民建浙江省委会主委陈小平带队调研。"
    spans = spans_of(text, [("省政协副主席", "TITLE"), ("民建浙江省委", "ORG"), ("会主委", "TITLE"), ("陈小平", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("省政协副主席", "TITLE"), ("民建浙江省委会", "ORG"), ("主委", "TITLE"), ("陈小平", "PER")]
    assert ("陈小平", "主委", "民建浙江省委会") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_a_zhejiang_county_by_its_short_name_is_a_place_where_an_official_goes_or_in_a_list():
    """到淳安义诊, 赴开化调研, 磐安、武义、浦江三地 (local news of Zhejiang: the tagger read 淳|安, left 开化 untagged, read
    磐安 as a body): a county's short name is a place after a verb of going and before what the visit does or a mark, and
    in a list beside another place; elsewhere the word stays as written (大好江山, 文明开化)."""
    text = "王建安带领专家团队到淳安义诊。市委书记赴开化调研。磐安、武义、浦江三地联合演练。祖国的大好江山，文明开化。"
    spans = spans_of(text, [("王建安", "PER"), ("淳", "LOC"), ("磐安", "ORG"), ("武义", "LOC"), ("浦江", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "PER"] == [
        ("淳安", "LOC"), ("开化", "LOC"), ("磐安", "LOC"), ("武义", "LOC"), ("浦江", "LOC")]


def test_posts_before_a_comma_and_a_level_association_post_are_the_name_after_it():
    """市人大常委会副主任、市总工会主席，市新联会会长郑金平 (local news of a visit: the first clause's posts were dropped as
    held by no one): an association named by its level (市新联会, 县老年协会, 区慈善总会) is no entity but opens a clause of
    posts, as 市总工会 does."""
    text = "市人大常委会副主任、市总工会主席，市新联会会长郑金平一行来我县调研。"
    spans = spans_of(text, [("市人大常委会", "ORG"), ("副主任", "TITLE"), ("市总工会", "ORG"), ("主席", "TITLE"),
                            ("市新联会", "ORG"), ("会长", "TITLE"), ("郑金平", "PER")])
    cleaned = clean_spans(text, spans)
    assert sorted(o.title for o in extract_officials(text, cleaned)) == ["会长", "市人大常委会副主任", "市总工会主席"]


def test_huitong_together_with_before_a_county_body_is_no_county():
    """县应急管理局要会同县水利局 (county news of joint work: jieba and the tagger read 会同县, a county of Hunan, into
    会同县水利局): 会同 after a modal, an adverb or a body is the verb (together with), and 县水利局, a body named by its
    level, no entity; after a province or city 会同县 is the county (怀化市会同县)."""
    text = "县应急管理局要会同县水利局开展检查。怀化市会同县水利局局长杨军讲话。"
    spans = spans_of(text, [("会同县水利局", "ORG"), ("怀化市会同县水利局", "ORG"), ("局长", "TITLE"), ("杨军", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("怀化市会同县水利局", "ORG"), ("局长", "TITLE"), ("杨军", "PER")]


def test_a_person_relieved_of_posts_held_them():
    """免去刘建国的县水利局局长职务, 免去王建华同志常山县民政局局长职务 (county news of appointments and removals: the posts
    were read as nobody's): the person after 免去 (relieve of), maybe with 同志 and 的, holds the posts written up to 职务."""
    text = "任命郑伟为县水利局局长，免去刘建国的县水利局局长职务。免去王建华同志常山县民政局局长、党组书记职务。"
    spans = spans_of(text, [("郑伟", "PER"), ("局长", "TITLE"), ("刘建国", "PER"), ("局长", "TITLE"), ("王建华", "PER"),
                            ("常山县民政局", "ORG"), ("局长", "TITLE"), ("党组书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert sorted((o.name, o.title, o.org) for o in extract_officials(text, cleaned)) == [
        ("刘建国", "局长", None), ("王建华", "党组书记", "常山县民政局"), ("王建华", "局长", "常山县民政局"), ("郑伟", "局长", None)]


def test_a_person_whose_name_ends_like_a_mountain_before_its_foot_is_a_place():
    """在江山市清湖街道的江郎山脚下 (a local-style sentence: 江 read as a surname): a person whose name ends like a
    mountain (山, 峰, 岭) right before its foot, top, slopes or scenic area is a LOC, as the corpora tag 狼牙山|脚下,
    大别山|南麓; a person so named elsewhere stays (王宝山上前)."""
    text = "在江山市清湖街道的江郎山脚下，民宿依山而建。王宝山上前说话。"
    spans = spans_of(text, [("江山市清湖街道", "LOC"), ("江郎山", "PER"), ("王宝山", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("江山市清湖街道", "LOC"), ("江郎山", "LOC"), ("王宝山", "PER")]


def test_a_scenic_area_named_after_a_zhejiang_county_is_one_place():
    """龙游石窟景区, 云和梯田景区 (local news of tourism: left untagged, or the county alone tagged): a Zhejiang county's
    short name, a name of a few characters and 景区 (or 风景区, 旅游区, 度假区) are one LOC, as the written labels tag
    江郎山景区 and 仙都景区; a scenic area of no county's name stays untagged (茶园景区)."""
    text = "龙游石窟景区接待游客80万人次，云和梯田景区迎来游客，茶园景区也很热闹。"
    spans = spans_of(text, [("云和", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("龙游石窟景区", "LOC"), ("云和梯田景区", "LOC")]


def test_a_place_and_its_flood_control_headquarters_are_one_body():
    """常山县防指发布通知, 温州市防指决定 (local news of flood season: the tagger read the place alone, 防指 left out):
    a place right before 防指 (the flood control headquarters' short name) and its 办公室 or 办 make one ORG, as the
    written labels tag 永嘉县防汛防台抗旱指挥部 and 英德市三防指挥部办公室 whole."""
    text = "常山县防指发布通知，温州市防指办公室决定提升响应。"
    spans = spans_of(text, [("常山县", "LOC"), ("温州市", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("常山县防指", "ORG"), ("温州市防指办公室", "ORG")]


def test_the_village_two_committees_are_no_body():
    """刘书记和村两委班子成员一起研究 (village news: read as an ORG): 村两委 (the village's Party branch and villagers'
    committee together) names no particular body, as the written labels leave 村“两委” untagged 7 times in 7."""
    text = "刘书记和村两委班子成员一起研究发展规划，镇两委也参加了。"
    spans = spans_of(text, [("村两委", "ORG"), ("镇两委", "ORG")])
    assert clean_spans(text, spans) == []


def test_names_listed_before_a_verb_of_holding_all_hold_the_post():
    """王建华当选村委会主任，李丽、张强当选村委会委员 (village election news: only 张强 was an official): names joined by
    、 right before a verb of holding and its post all hold it."""
    text = "王建华当选村委会主任，李丽、张强当选村委会委员。"
    spans = spans_of(text, [("王建华", "PER"), ("村委会主任", "TITLE"), ("李丽", "PER"), ("张强", "PER"), ("村委会委员", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert sorted((o.name, o.title) for o in extract_officials(text, cleaned)) == [
        ("张强", "村委会委员"), ("李丽", "村委会委员"), ("王建华", "村委会主任")]


def test_a_villagers_committee_by_its_kind_alone_is_no_body():
    """会议选举产生了新一届村民委员会 (village election news: read as an ORG): the villagers' or residents' committee
    named by its kind alone is generic, as 村委会 and 居委会 are (LABELS.md: with their place they are ORGs, 白合村村委会);
    MSRA leaves 11 of 13 untagged."""
    text = "会议选举产生了新一届村民委员会和居民委员会，白合村村民委员会也换届了。"
    spans = spans_of(text, [("村民委员会", "ORG"), ("居民委员会", "ORG"), ("白合村村民委员会", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["白合村村民委员会"]


def test_a_banks_branch_before_wei_stays_whole():
    """中国农业银行衢州分行为村集体发放贷款 (rural finance news: the tagger read the branch whole, and the cleanup dropped
    it as a fragment, as jieba reads 分|行为): a bank's branch (分行, 支行) ends like a name."""
    text = "中国农业银行衢州分行为村集体发放贷款，农行常山支行为企业授信。"
    spans = spans_of(text, [("中国农业银行衢州分行", "ORG"), ("农行常山支行", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["中国农业银行衢州分行", "农行常山支行"]


def test_an_authors_note_read_into_a_body_is_cut_off():
    """（作者系衢州市委党校教授） (the note closing a commentary: read as the ORG 作者系衢州市委党校): the author's note
    (作者系, 作者为, 笔者系) is no part of the body's name."""
    text = "（作者系衢州市委党校教授）（作者为常山县文联主席）"
    spans = spans_of(text, [("作者系衢州市委党校", "ORG"), ("作者为常山县文联", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢州市委党校", "常山县文联"]


def test_a_county_station_of_the_media_alliance_is_one_body():
    """记者 王丽 共享联盟·常山站 徐聪 (Zhejiang Daily's bylines: read as 联盟 (ORG) + ·常山站 (LOC)): the county station of
    the paper's media alliance is a medium, one ORG (LABELS.md: media names are ORGs, also in bylines)."""
    text = "记者 王丽 共享联盟·常山站 徐聪 通讯员 张强"
    spans = spans_of(text, [("王丽", "PER"), ("联盟", "ORG"), ("·常山站", "LOC"), ("徐聪", "PER"), ("张强", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("王丽", "PER"), ("共享联盟·常山站", "ORG"), ("徐聪", "PER"), ("张强", "PER")]


def test_a_water_chiefs_level_after_the_rivers_section_is_the_posts():
    """江山港江山段县级河长、副市长周志华带队巡河 (local news of the river-chief system: the tagger left 段县级 untagged,
    read 段镇级河长 as one post and 巡河 (patrol the river) as a place): the level goes into the water chief's post and
    段 into neither (the written labels: 元荡 + 黎里 + 镇级河长); 港 ends a river before its section as 江 does
    (常山港, 江山港); 巡河 is no place."""
    text = "江山港江山段县级河长、副市长周志华带队巡河。常山港常山段镇级河长、何家乡党委书记王刚每月巡河。"
    spans = spans_of(text, [("江山港江山", "LOC"), ("河长", "TITLE"), ("副市长", "TITLE"), ("周志华", "PER"), ("巡河", "LOC"),
                            ("常山港常山", "LOC"), ("段镇级河长", "TITLE"), ("何家乡", "LOC"), ("党委书记", "TITLE"),
                            ("王刚", "PER"), ("巡河", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type != "PER"] == [
        ("江山港", "LOC"), ("江山", "LOC"), ("县级河长", "TITLE"), ("副市长", "TITLE"), ("常山港", "LOC"), ("常山", "LOC"),
        ("镇级河长", "TITLE"), ("何家乡", "LOC"), ("党委书记", "TITLE")]
    officials = [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]
    assert ("周志华", "县级河长", "江山港") in officials and ("王刚", "镇级河长", "常山港") in officials
    assert ("周志华", "副市长", None) in officials  # the river is no body of the post joined to the water chief's


def test_a_bodys_untagged_other_name_in_brackets_before_a_post_keeps_the_post_the_bodys():
    """衢州市治水办（河长办）主任、市水利局局长郑国华 (local news of the river-chief system: the office's other name, in
    brackets and no entity of its own, parted the post from its body): the post is the body's."""
    text = "衢州市治水办（河长办）主任、市水利局局长郑国华作工作报告。"
    spans = spans_of(text, [("衢州市治水办", "ORG"), ("主任", "TITLE"), ("局长", "TITLE"), ("郑国华", "PER")])
    cleaned = clean_spans(text, spans)
    assert ("郑国华", "主任", "衢州市治水办") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_posts_before_a_comma_and_a_level_party_schools_post_are_the_name_after_it():
    """龙游县委常委、组织部部长，县委党校校长汪华 (county news of a training class: the first clause's posts were dropped as
    held by no one): a level's party school (县委党校, no entity, as a body named by its level) opens a clause of posts."""
    text = "龙游县委常委、组织部部长，县委党校校长汪华主持开班仪式。"
    spans = spans_of(text, [("龙游县委", "ORG"), ("常委", "TITLE"), ("组织部", "ORG"), ("部长", "TITLE"), ("县委党校", "ORG"),
                            ("校长", "TITLE"), ("汪华", "PER")])
    cleaned = clean_spans(text, spans)
    assert sorted((o.title, o.org) for o in extract_officials(text, cleaned)) == [
        ("常委", "龙游县委"), ("校长", None), ("组织部部长", "龙游县委")]


def test_a_county_read_on_into_the_work_of_a_visit_is_cut_to_the_county():
    """副省长卢山赴江山、常山检查防汛防台工作 (local news of a visit: the tagger read 常山检查防汛防台 as one ORG): a
    Zhejiang county's short name read on into what the visit does (检查, 指导, 走访) is the county, a LOC, as one read on
    into a visit verb is (到|衢州调研防汛防台 → 衢州)."""
    text = "副省长卢山赴江山、常山检查防汛防台工作。"
    spans = spans_of(text, [("副省长", "TITLE"), ("卢山", "PER"), ("江山", "LOC"), ("常山检查防汛防台", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type != "PER"] == [
        ("副省长", "TITLE"), ("江山", "LOC"), ("常山", "LOC")]


def test_a_sentences_subject_who_held_a_post_holds_the_posts_of_its_later_clauses_of_holding():
    """周东明曾任常山县委副书记，现任衢州市委副秘书长 (a portrait's career line: the second post was dropped as held by no
    one): a person who opens the sentence with a verb of holding holds the posts of its later clauses that open with
    one too, as the subject of a biography (张三，男，…，现任…) does."""
    text = "周东明曾任常山县委副书记，现任衢州市委副秘书长。"
    spans = spans_of(text, [("周东明", "PER"), ("常山县委", "ORG"), ("副书记", "TITLE"), ("衢州市委", "ORG"), ("副秘书长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert sorted((o.title, o.org) for o in extract_officials(text, cleaned)) == [
        ("副书记", "常山县委"), ("副秘书长", "衢州市委")]


def test_a_span_opened_inside_a_quoted_route_and_run_past_its_close_is_dropped():
    """打造“下淤—姚家—儒山”乡村旅游带 (a rural-tourism story: the tagger read 姚家—儒山”乡 as a place): a span that
    starts inside a quotation, not only at its opening mark, and runs past its close is dropped, as 十四五”开局 is;
    nothing inside the quoted name of the tourism belt is tagged."""
    text = "音坑乡正在打造“下淤—姚家—儒山”乡村旅游带。"
    spans = spans_of(text, [("音坑乡", "LOC"), ("姚家—儒山”乡", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["音坑乡"]


def test_a_body_is_not_completed_to_a_school_over_a_span_already_there():
    """值此全球孔子学院建立十周年之际 (CCTV news: the tagger read 全 (ORG) + 孔子学院 (ORG), and completing 全 to the
    school's ending gave 全球孔子学院 over 孔子学院: two spans on one stretch, which no output may hold): a body is
    completed to its school only where no other span lies in the way."""
    text = "值此全球孔子学院建立十周年之际。新区联合长春汽车工业高等专科学校等院校。"
    spans = spans_of(text, [("全", "ORG"), ("孔子学院", "ORG"), ("长春汽车工业高", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["孔子学院", "长春汽车工业高等专科学校"]


def test_flat_keeps_the_longer_of_two_overlapping_spans_and_drops_repeats():
    """LABELS.md §2: spans are flat; the cleanup's last guard keeps the longer of two overlapping spans (the earlier
    of two as long) and one of two repeats."""
    text = "值此全球孔子学院建立之际，李明说"
    spans = spans_of(text, [("全球孔子学院", "ORG")]) + spans_of(text, [("孔子学院", "ORG"), ("李明", "PER")])
    spans += spans_of(text, [("李明", "PER")])
    assert [(e.text, e.type) for e in flat(spans)] == [("全球孔子学院", "ORG"), ("李明", "PER")]
    assert [e.text for e in flat(spans_of(text, [("全球", "LOC")]) + spans_of(text, [("球孔", "ORG")]))] == ["全球"]


def test_a_residents_untagged_name_before_an_adverb_is_tagged():
    """开化县音坑乡下淤村的村民徐樟根已经在自家的民宿里忙开了 (a rural-tourism feature: the name was left untagged): a
    resident's name followed by an adverb or a preposition that opens the predicate (已经, 每天, 把, 从, 曾, 早, 仍, 又, 都,
    不) is tagged, as one before 说 or a mark is; a two-character name takes the next character as its end only where
    that character opens the predicate (村民王强不愿意 → 王强)."""
    text = "下淤村的村民徐樟根已经在民宿里忙开了。村民王强不愿意搬走。村民叶建平每天都去巡河。"
    spans = spans_of(text, [("下淤村", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["徐樟根", "王强", "叶建平"]


def test_a_village_opening_with_the_character_jieba_reads_onto_its_town_is_completed():
    """当天，…一行到开化县音坑乡下淤村调研 (a local-news sentence: jieba reads 乡下 as a word, and the tagger read 开化县,
    音坑乡 and 下 as places, leaving 淤村): the village a town's chain runs into by one character (上, 下, 中 …) is the
    chain's end (LABELS.md: one continuous chain of administrative units is one LOC); a clause going on after a town
    (镇上都是游客, 乡下的老人) is no village."""
    text = "一行到开化县音坑乡下淤村调研。龙游县湖镇镇上的村民都来了。音坑乡下的老人很多。"
    spans = spans_of(text, [("开化县", "LOC"), ("音坑乡", "LOC"), ("下", "LOC"), ("龙游县湖镇镇上", "LOC"),
                            ("音坑乡下", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "LOC"] == ["开化县音坑乡下淤村", "龙游县湖镇镇", "音坑乡"]


def test_a_village_womens_director_is_one_post():
    """常山县芳村镇新桥村村委会委员、妇女主任徐小芳带着巾帼志愿者上门为老人送餐 (local news: the tagger read 妇女 as no part of
    the post): the women's director (妇女主任) of a village committee is its post, as the written labels read 妇联主席,
    and both posts after the village are hers."""
    text = "常山县芳村镇新桥村村委会委员、妇女主任徐小芳带着巾帼志愿者上门为老人送餐。"
    spans = spans_of(text, [("常山县芳村镇新桥村", "LOC"), ("村委会委员", "TITLE"), ("主任", "TITLE"), ("徐小芳", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type == "TITLE"] == [("村委会委员", "TITLE"), ("妇女主任", "TITLE")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("徐小芳", "村委会委员", "常山县芳村镇新桥村"), ("徐小芳", "妇女主任", "常山县芳村镇新桥村")]


def test_nothing_is_tagged_inside_a_quoted_epithet_of_a_person():
    """陈华军是远近闻名的“田秀才” and 提起“胡柚大王”徐志明 (local-news features on village cadres and growers: the tagger read
    田秀才 as a person, 胡柚 as a place and 大王 as a post, so 徐志明 became an official): a quoted epithet of a person
    (秀才, 大王, 能人, 管家, 领头雁 …) is no name, as a quoted nickname of a head is not (“月光书记”); a real place in it
    stays (MSRA tags “四川省青年星火带头人”'s 四川省)."""
    text = "陈华军是远近闻名的“田秀才”。提起“胡柚大王”徐志明，无人不知。他被评为“四川省青年星火带头人”。"
    spans = spans_of(text, [("陈华军", "PER"), ("田秀才", "PER"), ("胡柚", "LOC"), ("大王", "TITLE"), ("徐志明", "PER"),
                            ("四川省", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned] == ["陈华军", "徐志明", "四川省"]
    assert extract_officials(text, cleaned) == []


def test_the_two_new_kinds_working_committee_is_part_of_its_secretarys_post():
    """省委组织部副部长、省委两新工委书记王兴平一行来衢调研 (local news: the tagger read 工委书记 as the post and left 两新, the
    committee for the "two new" kinds of organization, out, so the first post was lost): 两新 right before a working
    committee's post is part of it, and both posts are his."""
    text = "省委组织部副部长、省委两新工委书记王兴平一行来衢调研。"
    spans = spans_of(text, [("省委组织部", "ORG"), ("副部长", "TITLE"), ("省委", "ORG"), ("工委书记", "TITLE"),
                            ("王兴平", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["副部长", "两新工委书记"]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("王兴平", "副部长"), ("王兴平", "两新工委书记")]


def test_a_grid_companys_operations_centre_by_its_kind_alone_is_no_entity():
    """该公司变电运维中心副主任叶俊在现场介绍 (local news on a substation: the tagger read 变电运维中心 as an ORG): a State Grid company's operations centres by their kind alone (变电运维中心, 供电服务指挥中心, 营销服务中心) are no
    names, as its departments are not (该公司|发展建设部); with its company before it the centre is (国网衢州供电公司变电运维中心)."""
    text = "该公司变电运维中心副主任叶俊在现场介绍。国网衢州供电公司变电运维中心主任李强说。该公司供电服务指挥中心值班长王伟说。"
    pieces = [("变电运维中心", "ORG"), ("副主任", "TITLE"), ("叶俊", "PER"), ("国网衢州供电公司变电运维中心", "ORG"),
              ("主任", "TITLE"), ("李强", "PER"), ("供电服务指挥中心", "ORG"), ("值班长", "TITLE"), ("王伟", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "ORG"] == ["国网衢州供电公司变电运维中心"]


def test_posts_relieved_by_the_pronoun_after_an_appointment_are_the_appointed_persons():
    """经研究决定，任命徐卫东同志为衢州市水利局局长，免去其衢州市农业农村局副局长职务 (county news of appointments: the
    relieved post was dropped as a post with no person in its clause): 免去其 after an appointment relieves the appointed
    person, whose post it stays (LABELS.md §3: one entry per person and post), as 免去徐卫东…职务 would."""
    text = "经研究决定，任命徐卫东同志为衢州市水利局局长，免去其衢州市农业农村局副局长职务。"
    spans = spans_of(text, [("徐卫东", "PER"), ("衢州市水利局", "ORG"), ("局长", "TITLE"), ("衢州市农业农村局", "ORG"),
                            ("副局长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["局长", "副局长"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("徐卫东", "局长", "衢州市水利局"), ("徐卫东", "副局长", "衢州市农业农村局")]


def test_a_party_organ_post_listed_after_a_post_is_tagged():
    """国家电网公司副总经理、党组成员潘敬东一行到衢州调研 (local news: the tagger stopped the list of posts one short): a post
    in a body's Party organ (党组成员, 党委委员, 党组副书记) listed after a post and 、 is a post whether or not the text tags
    it elsewhere, as a village committee's is, and the person holds both."""
    text = "国家电网公司副总经理、党组成员潘敬东一行到衢州调研。"
    spans = spans_of(text, [("国家电网公司", "ORG"), ("副总经理", "TITLE"), ("潘敬东", "PER"), ("衢州", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["副总经理", "党组成员"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("潘敬东", "副总经理", "国家电网公司"), ("潘敬东", "党组成员", "国家电网公司")]


def test_a_village_named_with_numerals_after_its_town_ends_the_chain():
    """去年，衢江区廿里镇六一村村集体经济收入突破100万元 (local news: the tagger left 六一村 out): a village whose name holds
    numerals beside other characters (三合村, 五星村) or is a date (五一村, 六一村, 八一村) ends the chain of places before it;
    counts of villages do not (新桥镇|三个村, 该镇|十二村 read as twelve villages)."""
    text = "去年，衢江区廿里镇六一村村集体经济收入突破100万元。平安县三合镇五星村受灾。新桥镇十二村全部通车。新桥镇三个村受灾。"
    spans = spans_of(text, [("衢江区廿里镇", "LOC"), ("平安县三合镇", "LOC"), ("新桥镇", "LOC"), ("新桥镇", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢江区廿里镇六一村", "平安县三合镇五星村", "新桥镇", "新桥镇"]


def test_a_short_name_declared_in_brackets_after_a_body_is_the_body_wherever_it_stands():
    """浙江巨化股份有限公司（以下简称“巨化股份”）今年实现营业收入200亿元 (company news: the short name was left untagged here
    and later): a short name declared in brackets right after a body, made of its characters in order, names the body
    (MSRA tags 鲁艺 and 筹委会 so), here and wherever the text uses it as whole words; a term so declared after no
    body (“财革法”) is none."""
    text = "浙江巨化股份有限公司（以下简称“巨化股份”）今年实现营业收入200亿元。巨化股份还投资了新项目。通过的“财政结构改革法”（以下简称“财革法”）规定。"
    spans = spans_of(text, [("浙江巨化股份有限公司", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("浙江巨化股份有限公司", "ORG"), ("巨化股份", "ORG"), ("巨化股份", "ORG")]


def test_a_province_abbreviation_read_alone_before_its_directions_gets_them():
    """在浙西南革命精神教育基地，党员们重温入党誓词 (local news: the tagger read 浙 alone, jieba 浙|西南): a province's
    one-character name read alone right before one or two untagged directions names a part of the province (浙西南;
    the written labels tag 浙西南 whole), unless 部 follows (浙|西部山区: the province's west)."""
    text = "在浙西南革命精神教育基地，党员们重温入党誓词。浙西部山区有雪。"
    spans = spans_of(text, [("浙", "LOC"), ("浙", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["浙西南", "浙"]


def test_a_subdistrict_office_directors_post_refers_back_to_the_subdistrict():
    """柯城区白云街道党工委书记吴一凡、办事处主任郑嘉分别带队检查 (local news): the director of the subdistrict's office
    (办事处主任, 办事处副主任) listed after its party secretary holds the post for the subdistrict, as a town's head
    after the town's party secretary does (贺村镇党委书记王强、镇长李明)."""
    text = "柯城区白云街道党工委书记吴一凡、办事处主任郑嘉分别带队检查辖区消防安全。"
    spans = spans_of(text, [("柯城区白云街道", "LOC"), ("党工委书记", "TITLE"), ("吴一凡", "PER"), ("办事处主任", "TITLE"),
                            ("郑嘉", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("吴一凡", "党工委书记", "柯城区白云街道"), ("郑嘉", "办事处主任", "柯城区白云街道")]


def test_a_zhejiang_citys_abbreviation_in_the_time_of_a_visit_is_kept():
    """在衢期间，调研组一行还实地走访了龙游县的两家企业 (local news of a visit: the tagger read 衢 as a place, the cleanup
    dropped it as a stray character): a Zhejiang city's abbreviation between 在 or 来 and 期间 (the time of a visit)
    names the city, as after 来 before the visit's verb (来衢调研)."""
    text = "在衢期间，调研组一行还实地走访了龙游县的两家企业。来甬期间，他还考察了港口。"
    spans = spans_of(text, [("衢", "LOC"), ("龙游县", "LOC"), ("甬", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢", "龙游县", "甬"]


def test_a_place_that_stops_inside_its_ancient_town_ending_is_completed():
    """来自上海、杭州的游客在衢州南孔古城游览 (local news: the tagger read 衢州 + 南孔古 and left 城 out): a place that stops
    inside 古城, 古镇 or 古村 gets the rest, as one inside 景区 or 公园 does; not where the rest opens a word
    (内蒙古|城市)."""
    text = "来自上海、杭州的游客在衢州南孔古城游览。内蒙古城市居民增收。"
    spans = spans_of(text, [("上海", "LOC"), ("杭州", "LOC"), ("衢州", "LOC"), ("南孔古", "LOC"), ("内蒙古", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["上海", "杭州", "衢州南孔古城", "内蒙古"]


def test_a_cluster_zone_named_by_its_purpose_after_its_place_is_one_place():
    """位于衢江区的浙江衢州绿色产业集聚区已集聚规上企业200余家 (local news: the tagger read 浙江衢州 alone): a cluster zone
    (集聚区) named by its purpose right after its place is one LOC with it, as a demonstration zone is
    (长三角|生态绿色一体化发展示范区); a place that is one is no name of it (上虞区|是化工产业集聚区, written train)."""
    text = "位于衢江区的浙江衢州绿色产业集聚区已集聚规上企业200余家。上虞区是化工产业集聚区。"
    spans = spans_of(text, [("衢江区", "LOC"), ("浙江衢州", "LOC"), ("上虞区", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢江区", "浙江衢州绿色产业集聚区", "上虞区"]


def test_a_places_gate_as_a_figure_of_speech_is_no_place():
    """沿着杭金衢高速公路一路向西，便来到了衢州市的西大门——常山县 (local news: the tagger read 西大门, the city's "west
    gate", a figure for the county, as a place): a gate by its direction alone is no name; a named venue holding one
    stays (MSRA's 东大门体育场)."""
    text = "便来到了衢州市的西大门——常山县。汉城市中心的东大门体育场。"
    spans = spans_of(text, [("衢州市", "LOC"), ("西大门", "LOC"), ("常山县", "LOC"), ("汉城", "LOC"), ("东大门体育场", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢州市", "常山县", "汉城", "东大门体育场"]


def test_a_post_of_a_peoples_organization_named_by_its_level_takes_no_carried_body():
    """浙江省政协副主席、省工商联主席陈小平来衢调研 (local news: 省工商联主席 took the 浙江省政协 written before the first post):
    a later post that opens with a people's organization named by its level (省工商联, 市科协, 县残联) names its own
    body, as 县总工会主席 does, and takes none carried from before the list."""
    text = "浙江省政协副主席、省工商联主席陈小平来衢调研。"
    spans = spans_of(text, [("浙江省政协", "ORG"), ("副主席", "TITLE"), ("省工商联主席", "TITLE"), ("陈小平", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("陈小平", "副主席", "浙江省政协"), ("陈小平", "省工商联主席", None)]


def test_the_native_place_marker_is_no_part_of_a_post():
    """在杭州第19届亚运会上，衢州籍运动员王雪萍夺得…金牌 (local news: the tagger read 籍, "native of", as a post and the merge
    made 籍运动员 a post, so 王雪萍 became an official of 衢州): 籍 after a place is no post, and the role after it stays
    none (LABELS.md: roles are not posts)."""
    text = "衢州籍运动员王雪萍夺得金牌。江山籍企业家毛建华捐资100万元。"
    spans = spans_of(text, [("衢州", "LOC"), ("籍", "TITLE"), ("运动员", "TITLE"), ("王雪萍", "PER"), ("江山", "LOC"),
                            ("籍企业家", "TITLE"), ("毛建华", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("衢州", "LOC"), ("王雪萍", "PER"), ("江山", "LOC"), ("毛建华", "PER")]
    assert extract_officials(text, cleaned) == []


def test_a_schools_grade_read_into_it_is_cut_off():
    """衢州一中高三学生徐子涵…被清华大学录取 (local news: the tagger read 衢州一中高三 as one ORG): a grade after a school
    (高三, 初二, 五年级) is no part of its name, as the corpora's gold leaves it out (阳谷县第三中学|高二, 安吉县天荒坪镇中心小学|
    五年级)."""
    text = "衢州一中高三学生徐子涵被清华大学录取。天荒坪镇中心小学五年级学生说。"
    spans = spans_of(text, [("衢州一中高三", "ORG"), ("徐子涵", "PER"), ("清华大学", "ORG"), ("天荒坪镇中心小学五年级", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢州一中", "徐子涵", "清华大学", "天荒坪镇中心小学"]


def test_a_surname_and_a_role_name_no_person():
    """“多亏了叶医生！”患者家属握着叶建军的手连声道谢 (local news: the tagger read 叶医生 as a person): a surname and a role
    (医生, 老师, 护士, 律师, 警官) names someone as a surname and a post does (张书记), but LABELS.md gives it no PER; no
    gold person of the corpora is one."""
    text = "“多亏了叶医生！”患者家属握着叶建军的手连声道谢。王老师每天都来。"
    spans = spans_of(text, [("叶医生", "PER"), ("叶建军", "PER"), ("王老师", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["叶建军"]


def test_a_post_with_a_note_on_how_it_is_held_keeps_its_body_before_a_post_of_another_body():
    """常山县副县长（挂职）、中国农业大学教授李伟在会上作交流发言 (local news: the note (挂职) between the first post and the 、
    cut the list, so 李伟 lost 副县长): a note on how a post is held stands between posts of one person whichever body
    each is written after, as it does between posts of one body (副县长（挂职）、县防指副指挥)."""
    text = "常山县副县长（挂职）、中国农业大学教授李伟在会上作交流发言。"
    spans = spans_of(text, [("常山县", "LOC"), ("副县长", "TITLE"), ("中国农业大学", "ORG"), ("教授", "TITLE"), ("李伟", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("李伟", "副县长", "常山县"), ("李伟", "教授", "中国农业大学")]


def test_a_verb_jieba_reads_as_a_place_before_a_generic_place_word_is_no_place():
    """郑晓明扎根山村已有三年 (local news on a village cadre: jieba tags 扎根 (take root) as a place, and the tagger read
    扎根山村 as one): a verb of going or staying cut off a place leaves nothing where the rest is a generic place word
    (山村, 乡村, 山区), as it leaves the named place after it (扎根|龙游县横山镇); the corpora tag 山村 none of 55 times."""
    text = "郑晓明扎根山村已有三年。扎根龙游县横山镇的驻村干部徐明受到表彰。"
    spans = spans_of(text, [("郑晓明", "PER"), ("扎根山村", "LOC"), ("扎根龙游县横山镇", "LOC"), ("徐明", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["郑晓明", "龙游县横山镇", "徐明"]


def test_an_ethnic_township_read_without_its_name_gets_it_and_joins_the_chain():
    """在龙游县沐尘畲族乡，当地依托竹林资源发展竹产业 (local news: the tagger read 龙游县 and 畲族乡 and left the township's
    name 沐尘 untagged between them): an ethnic township or town read as its unit alone (畲族乡, 苗族镇) takes the name of
    two or three characters right before it, and a place right before that joins it in one chain (the written labels:
    怀化市沅陵县二酉苗族乡); a clause word before it is no name (该畲族乡)."""
    text = "在龙游县沐尘畲族乡，当地依托竹林资源发展竹产业。该畲族乡有三个村。"
    spans = spans_of(text, [("龙游县", "LOC"), ("畲族乡", "LOC"), ("畲族乡", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "LOC"][:1] == ["龙游县沐尘畲族乡"]
    assert "该畲族乡" not in [e.text for e in clean_spans(text, spans)]


def test_a_bare_level_left_untagged_before_a_post_of_its_committee_is_part_of_it():
    """副市长、市老龄委主任吴红梅出席会议 (local news: the tagger read 老龄委主任 and left the level 市 out, which cut the list,
    so 吴红梅 lost 副市长): a level left untagged after a joiner right before a post that opens with its committee or
    office (老龄委, 政协, 总工会, 治水办) is part of the post (市老龄委主任, as the cleanup reads 县政协主席), and both posts
    are hers."""
    text = "副市长、市老龄委主任吴红梅出席会议。"
    spans = spans_of(text, [("副市长", "TITLE"), ("老龄委主任", "TITLE"), ("吴红梅", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["副市长", "市老龄委主任"]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("吴红梅", "副市长"), ("吴红梅", "市老龄委主任")]


def test_nothing_is_tagged_inside_a_quoted_slogan_of_phrases_at_a_middle_dot():
    """由衢州市文化广电旅游局主办的“南孔圣地·衢州有礼”文旅推介会在上海举行 (local news: the city's brand slogan, read as the
    place 南孔圣地·衢州): four-character phrases joined by a middle dot in quotes are a slogan, as those joined by 、 or ，
    are, and nothing inside is tagged; a transliterated name so written is no slogan (“德米特里·东斯科伊”)."""
    text = "由衢州市文化广电旅游局主办的“南孔圣地·衢州有礼”文旅推介会在上海举行。“德米特里·东斯科伊”来访。"
    spans = spans_of(text, [("衢州市文化广电旅游局", "ORG"), ("南孔圣地·衢州", "LOC"), ("上海", "LOC"), ("德米特里·东斯科伊", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢州市文化广电旅游局", "上海", "德米特里·东斯科伊"]


def test_a_place_takes_the_park_word_written_right_after_it():
    """仙霞岭国家森林公园今年接待游客30万人次 (local news: the tagger read the mountain 仙霞岭 and left 国家森林公园 out):
    a place right before a park's word (公园, 国家森林公园, 湿地公园) is the park, one LOC, as LABELS.md tags parks and
    the corpora tag 香山公园, 秦皇岛金海湾森林公园 and 南山森林公园 whole; a park's office after it is a body of its own,
    so the place stays as read there (仙霞岭|国家森林公园管理处)."""
    text = "仙霞岭国家森林公园今年接待游客30万人次。乌溪江湿地公园内白鹭成群。仙霞岭国家森林公园管理处发布通告。"
    spans = spans_of(text, [("仙霞岭", "LOC"), ("乌溪江", "LOC"), ("仙霞岭", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["仙霞岭国家森林公园", "乌溪江湿地公园", "仙霞岭"]


def test_a_water_chiefs_grade_left_untagged_before_the_post_read_is_part_of_it():
    """县级河长、副县长徐向东沿着灵山港巡河 (local news of the river-chief system: the tagger read 河长 and left its grade
    县级 untagged): the grade before a water chief's post read as a TITLE is part of the post, as the written labels
    tag 村级河长 and 镇级河长 whole before a name; a grade of no level (各级河长, 三级河长) is none."""
    text = "县级河长、副县长徐向东沿着灵山港巡河。各级河长、镇长李明到场。"
    spans = spans_of(text, [("河长", "TITLE"), ("副县长", "TITLE"), ("徐向东", "PER"), ("灵山港", "LOC"),
                            ("河长", "TITLE"), ("镇长", "TITLE"), ("李明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["县级河长", "副县长", "河长", "镇长"]


def test_nothing_is_tagged_inside_a_quoted_role_a_person_is_known_by():
    """“红色代办员”叶美芬每天骑着电瓶车 (local news of village services: the tagger read 代办员 as her post) and “河小二”
    志愿者李晓东 (the river volunteers' nickname, read as a person): a quoted epithet ending in a role's 员 or in 小二 is
    no post and no name, as the written labels tag nothing in 25 quotations ending in 员 (“红色讲解员”, “网格员”); a body
    inside one stays (“郑州市二七司法培训学校工作人员”: MSRA's gold)."""
    text = "“红色代办员”叶美芬每天骑着电瓶车。“河小二”志愿者李晓东每周巡河两次。“郑州市二七司法培训学校工作人员”来了。"
    spans = spans_of(text, [("代办员", "TITLE"), ("叶美芬", "PER"), ("河小二", "PER"), ("李晓东", "PER"),
                            ("郑州市二七司法培训学校", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["叶美芬", "李晓东", "郑州市二七司法培训学校"]


def test_a_place_whose_unit_the_tagger_read_as_a_post_joins_the_chain_after_it():
    """江山市长台镇朝阳村的徐建国 (local news: the tagger read 江山 + 市 (TITLE, of 市长) + 长台镇 + 朝阳村, and the
    cleanup dropped the lone 市, leaving 江山 and 长台镇朝阳村 apart): a place left without its unit right before a
    chain of units that starts after the unit is one chain with it, one LOC (LABELS.md); before a person the unit
    opens the head's post (衢州市长吴言明)."""
    text = "江山市长台镇朝阳村的徐建国是养猪大户。衢州市长吴言明出席会议。"
    spans = spans_of(text, [("江山", "LOC"), ("市", "TITLE"), ("长台镇", "LOC"), ("朝阳村", "LOC"), ("徐建国", "PER"),
                            ("衢州", "LOC"), ("市长", "TITLE"), ("吴言明", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["江山市长台镇朝阳村", "徐建国", "衢州", "市长", "吴言明"]


def test_the_subject_of_a_career_sentence_holds_the_posts_of_its_later_clauses_of_holding():
    """王建华同志长期扎根基层，先后任龙游县社阳乡党委书记、龙游县农业农村局局长 (a local-news portrait: the posts stood in a
    clause without the name and were dropped): a person opening the sentence, maybe with 同志, then a clause that
    says what the person does or a comma, is the subject of the sentence's later clauses of holding (先后任, 历任,
    现任: 陈刚同志，男，汉族，…，现任衢州市委书记), as of a biography's; not a speaker's clause (李明说，现任…)."""
    text = ("王建华同志长期扎根基层，先后任龙游县社阳乡党委书记、龙游县农业农村局局长。"
            "陈刚同志，男，汉族，1966年4月出生，现任衢州市委书记。李明说，现任村党支部书记很能干。")
    spans = spans_of(text, [("王建华", "PER"), ("龙游县社阳乡", "LOC"), ("党委书记", "TITLE"), ("龙游县农业农村局", "ORG"),
                            ("局长", "TITLE"), ("陈刚", "PER"), ("衢州市委", "ORG"), ("书记", "TITLE"), ("李明", "PER"),
                            ("党支部书记", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["党委书记", "局长", "书记"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("王建华", "党委书记", "龙游县社阳乡"), ("王建华", "局长", "龙游县农业农村局"), ("陈刚", "书记", "衢州市委")]


def test_a_zhejiang_citys_abbreviation_where_people_work_or_invest_is_a_place():
    """企业将继续加大在衢投资, 大学生选择在衢创业, 毕业生留衢就业 (local news of Quzhou: the tagger read 衢 and the cleanup
    dropped it, keeping only the goal of a visit, 来衢调研): a Zhejiang city's abbreviation after 在 or 留 and before
    what people do there (投资, 创业, 就业, 工作, 生活) names the city, as 在京 does; not a common word (在温暖的教室里)."""
    text = "企业将继续加大在衢投资。大学生选择在衢创业。毕业生留衢就业。孩子们在温暖的教室里。"
    spans = spans_of(text, [("衢", "LOC"), ("衢", "LOC"), ("衢", "LOC"), ("温", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["衢", "衢", "衢"]


def test_a_heads_zhang_read_into_the_name_after_a_post_goes_back_to_the_post():
    """市委书记、市防指指挥长高屹坐镇市防汛防台指挥中心 (local news of flood season: the tagger read 指挥 as the post and
    长高屹 as a place, or 长 and 高屹 as people): the 长 of a head's post read into the span right after it goes back to
    the post (指挥长), and the rest is the holder."""
    text = "市委书记、市防指指挥长高屹坐镇指挥。县防指副指挥长王建国到场。"
    spans = spans_of(text, [("市委书记", "TITLE"), ("市防指指挥", "TITLE"), ("长高屹", "LOC"),
                            ("县防指副指挥", "TITLE"), ("长", "PER"), ("王建国", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("市委书记", "TITLE"), ("市防指指挥长", "TITLE"), ("高屹", "PER"),
                                                   ("县防指副指挥长", "TITLE"), ("王建国", "PER")]


def test_a_commander_seated_at_a_headquarters_read_into_it_is_cut_off():
    """市防指指挥长高屹坐镇市防汛防台指挥中心 (local news of flood season: the tagger read 坐镇市防汛防台指挥中心 as one
    body): 坐镇 (to be seated at, in command) is a verb before the body, cut off it, and the rest, a body named by its
    level alone, is no entity."""
    text = "市委书记、市防指指挥长高屹坐镇市防汛防台指挥中心，视频连线各县。"
    spans = spans_of(text, [("市委", "ORG"), ("书记", "TITLE"), ("市防指", "ORG"), ("指挥", "TITLE"), ("长高屹", "LOC"),
                            ("坐镇市防汛防台指挥中心", "ORG")])
    assert "ORG" not in [e.type for e in clean_spans(text, spans)]


def test_a_place_and_its_old_peoples_canteen_after_it_are_one_body():
    """在柯城区信安街道新新社区老年食堂，82岁的王大爷边吃边说 (local news of elderly care: the tagger read the community
    alone): a place plus a named service venue is one ORG (LABELS.md: 梅林社区邻里食堂), also where the venue's name
    opens with a word jieba reads as no noun but that says whom the venue serves (老年, a time word to jieba; 幸福, 颐养);
    a kind counted after no place is none (新建改建老年食堂42家)."""
    text = "在柯城区信安街道新新社区老年食堂，王大爷边吃边说。全区新建改建老年食堂42家。"
    spans = spans_of(text, [("柯城区信安街道新新社区", "LOC"), ("王大爷", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("柯城区信安街道新新社区老年食堂", "ORG")]


def test_a_reservoir_named_after_its_town_is_one_place_with_it():
    """乌溪江湖南镇水库、黄坛口水库合计预泄水量1.2亿立方米 (local news of flood season: the tagger read 乌溪江湖南镇 and left
    水库 out): a town's or township's name right before 水库 names the reservoir (湖南镇水库), one LOC with it, as LABELS.md
    tags reservoirs; not where 水库 opens a longer word or a body (湖南镇水库管理局 stays a body's business)."""
    text = "乌溪江湖南镇水库、黄坛口水库合计预泄。湖南镇水库管理处发布通知。"
    spans = spans_of(text, [("乌溪江湖南镇", "LOC"), ("黄坛口水库", "LOC"), ("湖南镇", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["乌溪江湖南镇水库", "黄坛口水库", "湖南镇"]


def test_the_medium_of_a_source_line_followed_by_its_reporters_is_a_body():
    """（本文来源：浙江新闻客户端 记者 陈栋） (a web edition's source line: the tagger read 浙江 as a place): the medium a
    source line names is one ORG also where the reporters' line follows it (LABELS.md: media names are ORGs, also in
    来源 lines), as where the line ends after it."""
    text = "（本文来源：浙江新闻客户端 记者 陈栋）"
    spans = spans_of(text, [("浙江", "LOC"), ("陈栋", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("浙江新闻客户端", "ORG"), ("陈栋", "PER")]


def test_a_county_named_without_its_unit_before_its_committees_post_opens_the_committee():
    """图为龙游县委书记王慧杰（中）在溪口镇调研。 记者 叶晓峰 摄 (a caption: the tagger read 龙游 as a place and 县委书记 as
    the post, where the same sentence alone reads 龙游县委 + 书记): a place named without its unit right before a post
    that opens with its level's committee (县委, 市委, 区委) is that committee's place, so the committee is the body, one
    ORG, and the rest the post, as the cleanup reads 开化县委 + 书记; a place with its unit keeps its reading."""
    text = "图为龙游县委书记王慧杰（中）在溪口镇调研。"
    spans = spans_of(text, [("龙游", "LOC"), ("县委书记", "TITLE"), ("王慧杰", "PER"), ("溪口镇", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned][:3] == [("龙游县委", "ORG"), ("书记", "TITLE"), ("王慧杰", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("王慧杰", "书记", "龙游县委")]


def test_nothing_is_tagged_inside_a_quoted_brand():
    """开化县“钱江源”牌清水鱼远销上海 (local news of farm produce: the tagger read 钱江源 as a body): a quoted name right before
    牌 is a brand, a product's name, and holds no entity (LABELS.md: products are no entities; MSRA's gold tags nothing in
    6 of 9 such brands, the written labels nothing in theirs); the place before it stays."""
    text = "开化县“钱江源”牌清水鱼远销上海、杭州等地。"
    spans = spans_of(text, [("开化县", "LOC"), ("钱江源", "ORG"), ("上海", "LOC"), ("杭州", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["开化县", "上海", "杭州"]


def test_a_place_and_its_exhibition_hall_after_it_are_one_body():
    """衢州市老干部局组织离退休干部参观衢州市规划展示馆 (local news: the tagger read the city alone): a place and the
    exhibition hall, science museum, art museum or archive named by nouns after it are one ORG, as its library, museum
    and memorial hall are (LABELS.md: a place plus a named service venue is one ORG)."""
    text = "衢州市老干部局组织离退休干部参观衢州市规划展示馆。"
    spans = spans_of(text, [("衢州市老干部局", "ORG"), ("衢州市", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("衢州市老干部局", "ORG"), ("衢州市规划展示馆", "ORG")]


def test_a_party_organ_members_post_opening_a_list_of_posts_is_a_post():
    """市政府党组成员、二级巡视员何雪芳; 区委常委、区政府党组成员、副区长黄伟 (local news: the tagger left 党组成员 untagged
    where a level word and a body type stand before it, and the list of posts broke there): a Party organ's post (党组成员,
    党委委员) left untagged right before 、 and a post the tagger read is one post of the same list, as the cleanup reads
    副总经理、党组成员 after a post; each gives an official entry."""
    text = "市政府党组成员、二级巡视员何雪芳等参加调研。区委常委、区政府党组成员、副区长黄伟陪同。"
    spans = spans_of(text, [("二级巡视员", "TITLE"), ("何雪芳", "PER"), ("区委常委", "TITLE"), ("副区长", "TITLE"),
                            ("黄伟", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [
        ("党组成员", "TITLE"), ("二级巡视员", "TITLE"), ("何雪芳", "PER"), ("区委常委", "TITLE"), ("党组成员", "TITLE"),
        ("副区长", "TITLE"), ("黄伟", "PER")]
    assert {(o.name, o.title) for o in extract_officials(text, cleaned)} == {
        ("何雪芳", "党组成员"), ("何雪芳", "二级巡视员"), ("黄伟", "区委常委"), ("黄伟", "党组成员"), ("黄伟", "副区长")}


def test_a_place_read_on_past_its_de_into_a_generic_venue_ends_before_the_de():
    """在龙游县湖镇镇星火村的老年活动中心，78岁的村民余阿婆正和老姐妹们打着门球 (local news: the tagger read the village, 的
    and the venue as one LOC): a place ending in its unit, read on past 的 into words that name nothing, ends before
    的 (no written or People's Daily gold span holds 的 after a unit; LABELS.md: generic mentions are no entities); one
    going on into a name after 的 keeps its reading (CLUENER tags addresses whole: 杭州九堡的蓝桥名苑)."""
    text = "在龙游县湖镇镇星火村的老年活动中心，78岁的村民余阿婆正和老姐妹们打着门球。"
    spans = spans_of(text, [("龙游县湖镇镇星火村的老年活动中心", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("龙游县湖镇镇星火村", "LOC")]
    text = "他住在杭州市九堡镇的蓝桥名苑。"
    spans = spans_of(text, [("杭州市九堡镇的蓝桥名苑", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("杭州市九堡镇的蓝桥名苑", "LOC")]


def test_a_substation_named_after_its_voltage_is_a_body():
    """国网衢州市衢江区供电公司对110千伏峡川变电站开展了全面巡检; 220千伏柯城变电站增容改造工程顺利投运 (local news of
    the grid: the tagger left both untagged, where it reads 500千伏丽西变电站 as one ORG): a name between a voltage and
    a substation's word is a named power station, one ORG, as the written labels tag 梅源水电站 and MSRA 大吴变电站; a
    substation named by its voltage alone is none (新建110千伏变电站3座)."""
    text = "国网衢州市衢江区供电公司对110千伏峡川变电站开展了全面巡检。220千伏柯城变电站增容改造工程投运。新建110千伏变电站3座。"
    spans = spans_of(text, [("国网衢州市衢江区供电公司", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("国网衢州市衢江区供电公司", "ORG"), ("峡川变电站", "ORG"), ("柯城变电站", "ORG")]


def test_the_office_of_a_body_named_by_its_level_is_no_entity():
    """开化县委常委、常务副县长程文彬，县政府办公室主任余小平等参加 (local news: the tagger read 县政府办公室 as an ORG): the
    office of a body named by its level alone (县政府办公室, 市委办公室, 省政府办公厅) is a level word and a body type, no
    entity (LABELS.md: 县水利局, 县委), as the body itself is; one named by its place stays (开化县政府办公室)."""
    text = "县政府办公室主任余小平、开化县政府办公室副主任王芳参加。"
    spans = spans_of(text, [("县政府办公室", "ORG"), ("主任", "TITLE"), ("余小平", "PER"), ("开化县政府办公室", "ORG"),
                            ("副主任", "TITLE"), ("王芳", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("主任", "TITLE"), ("余小平", "PER"), ("开化县政府办公室", "ORG"), ("副主任", "TITLE"), ("王芳", "PER")]


def test_the_office_after_a_named_government_or_committee_is_part_of_its_body():
    """衢州市人民政府办公室印发《衢州市防汛防台应急预案》 (local news: the tagger read the government alone): the office
    right after a government or committee named by its place is that body's office, one ORG (MSRA tags
    广东省深圳市宝安区委办公室 whole, CLUENER 天柱县政府办公室), also before its head's post (开化县委办公室|主任)."""
    text = "衢州市人民政府办公室印发预案。开化县委办公室主任李明参加。"
    spans = spans_of(text, [("衢州市人民政府", "ORG"), ("开化县委", "ORG"), ("主任", "TITLE"), ("李明", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("衢州市人民政府办公室", "ORG"), ("开化县委办公室", "ORG"), ("主任", "TITLE"), ("李明", "PER")]


def test_a_zones_committee_read_apart_at_the_zones_last_character_is_one_body():
    """浙江衢州绿色产业集聚区管委会副主任徐伟强调 (local news: the tagger read 浙江衢州绿色产业 (ORG) + 集聚 + 区管委会 (ORG),
    and 区管委会 went into the post as a level's committee): a zone's committee whose 区 ends the zone's name before it
    (集聚区, 开发区, 园区) is one ORG with the name, and the post after it is the post alone, as the tagger reads
    龙游经济开发区管委会 + 副主任."""
    text = "浙江衢州绿色产业集聚区管委会副主任徐伟强调，要确保项目按期投产。"
    spans = spans_of(text, [("浙江衢州绿色产业", "ORG"), ("区管委会", "ORG"), ("副主任", "TITLE"), ("徐伟", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("浙江衢州绿色产业集聚区管委会", "ORG"), ("副主任", "TITLE"), ("徐伟", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("徐伟", "副主任", "浙江衢州绿色产业集聚区管委会")]


def test_a_placed_care_venue_with_its_quoted_name_is_a_body():
    """江山市双塔街道“颐乐园”居家养老服务照料中心每天为辖区80多位老人提供午餐 (local news: the tagger read the whole as a
    place): a care venue named with its place and its own quoted name between is an ORG, as 柳市镇福寿养老院 is (LABELS.md:
    a place plus a named service venue is one ORG)."""
    text = "江山市双塔街道“颐乐园”居家养老服务照料中心每天为辖区80多位老人提供午餐。"
    spans = spans_of(text, [("江山市双塔街道“颐乐园”居家养老服务照料中心", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("江山市双塔街道“颐乐园”居家养老服务照料中心", "ORG")]


def test_a_level_committee_left_untagged_before_its_secretary_opens_the_post():
    """…办成群众满意的民生工程。区委副书记、区长钟秀峰表示 (local news: the tagger left 区委 untagged and read 副书记): a level's
    committee standing alone right before its secretary's or standing member's post is part of the post (区委副书记),
    as the cleanup reads 区委 (ORG) + 副书记 and the written labels 临县 + 县委副书记; one that ends a place's name the
    tagger left untagged is not (开化县委|副书记)."""
    text = "区委副书记、区长钟秀峰表示。开化县委副书记王明说。"
    spans = spans_of(text, [("副书记", "TITLE"), ("区长", "TITLE"), ("钟秀峰", "PER"), ("王明", "PER")])
    spans.append(Entity(text.index("副书记", 10), text.index("副书记", 10) + 3, "TITLE", "副书记"))
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned][:3] == [("区委副书记", "TITLE"), ("区长", "TITLE"), ("钟秀峰", "PER")]
    assert ("县委副书记", "TITLE") not in [(e.text, e.type) for e in cleaned]


def test_a_platform_is_no_body_and_the_place_it_opens_with_is_a_place():
    """近日，衢州市智慧养老服务平台正式上线运行 (local news: the tagger read the platform as an ORG): LABELS.md tags no
    products, apps or platforms, and the written labels tag the place a platform opens with and not the platform
    (德清县|灌区数字化管理平台, 深圳|虚拟电厂平台, 41 platforms, none tagged), so the place stays, a LOC, and a platform
    named by no place is no entity."""
    text = "近日，衢州市智慧养老服务平台正式上线运行。河湖长制智慧管理平台已接入。"
    spans = spans_of(text, [("衢州市智慧养老服务平台", "ORG"), ("河湖长制智慧管理平台", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("衢州市", "LOC")]


def test_a_surname_after_xiao_or_lao_is_a_nickname_not_completed_to_a_name():
    """“老徐，今年收成怎么样？”驻村干部小王一进门就问 (local news: the tagger read 徐 and 王 as persons, and 王 was
    completed to the name jieba reads from it, 王一进): a surname right after 小, 老 or 阿 is a nickname (LABELS.md:
    surname plus honorific is no PER), so it is not completed to a full name and, one character long, is dropped."""
    text = "“老徐，今年收成怎么样？”驻村干部小王一进门就问。"
    spans = spans_of(text, [("徐", "PER"), ("王", "PER")])
    assert clean_spans(text, spans) == []


def test_a_names_last_character_read_into_a_school_word_is_given_back():
    """90后小伙徐晨阳大学毕业后回到家乡江山 (local news: the tagger read 徐晨 + 阳大学, an ORG): a body of one character
    and a school's word (大学, 中学, 学院) right after a two-character person is the person's last character and the
    generic word (大学毕业: a degree, no school's name), so the person gets the character back and the body goes."""
    text = "90后小伙徐晨阳大学毕业后回到家乡江山，创办了一家农产品电商公司。"
    spans = spans_of(text, [("徐晨", "PER"), ("阳大学", "ORG"), ("江山", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("徐晨阳", "PER"), ("江山", "LOC")]


def test_three_names_parted_by_spaces_after_a_label_and_colon_are_people():
    """衢州市第八届人民代表大会第五次会议主席团常务主席：高屹 汪建国 黄海峰 (local news of a congress: the tagger read
    黄海峰 as a place, 黄海 a sea): names parted by spaces after a label and its colon are each a PER where most are
    tagged people, as a line of four names or more is; three suffice after the colon."""
    text = "主席团常务主席：高屹 汪建国 黄海峰"
    spans = spans_of(text, [("高屹", "PER"), ("汪建国", "PER"), ("黄海峰", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("高屹", "PER"), ("汪建国", "PER"), ("黄海峰", "PER")]


def test_a_body_stopping_inside_its_congress_or_committee_word_takes_the_rest():
    """衢州市第八届人民代表大会第五次会议主席团 (local news of a congress: the tagger read 衢州市第八届人民代表大, one
    character short): a body whose last word jieba reads on past its end, where that word is a congress's or
    committee's (人民代表大会, 委员会, 常务委员会, 联合会, 总工会), takes the rest of it, as a unit word is taken
    (北京市大兴|区)."""
    text = "衢州市第八届人民代表大会第五次会议主席团常务主席：高屹 汪建国 黄海峰"
    spans = spans_of(text, [("衢州市第八届人民代表大", "ORG"), ("高屹", "PER"), ("汪建国", "PER"), ("黄海峰", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)][0] == ("衢州市第八届人民代表大会", "ORG")


@pytest.mark.parametrize(("text", "place"), [
    ("并在“衢州停车”APP上实时发布空余泊位信息。", "衢州"),
    ("市民可通过“南宁健康”公众号预约挂号。", "南宁"),
    ("近日发布“衢江农品”区域公用品牌，首批授权12类农产品使用。", "衢江"),
], ids=["app", "account", "regional-brand"])
def test_nothing_inside_a_quoted_apps_or_regional_brands_name_is_tagged(text, place):
    """“衢州停车”APP, “南宁健康”公众号, “衢江农品”区域公用品牌 (local news): the quoted name of an app, mini-program,
    account or platform, or of a region's public brand, is a product's (LABELS.md: no entity, and nothing inside a
    quoted programme's name); the written labels tag nothing in five such. The place the tagger read inside goes."""
    spans = spans_of(text, [(place, "LOC")])
    assert clean_spans(text, spans) == []


def test_a_route_named_by_short_names_of_the_places_it_joins_is_one_place():
    """Zhejiang and CCTV road news: an expressway named by the one-character short names of the cities it joins is one
    place with its route word, also where jieba knows the names as a place (京昆) or a noun (甬台温), or a road number
    opens them (G60沪昆); a province or city of its own stays a place (浙江|高速, 金华|高速), as after 至 (遵义至|余庆)."""
    text = "京昆高速临汾段封闭，甬台温高速复线通车，G60沪昆高速车流，浙江高速路网，金华高速出口，遵义至余庆高速公路"
    spans = spans_of(text, [("京昆", "LOC"), ("临汾", "LOC"), ("甬台温", "LOC"), ("G60沪昆", "LOC"), ("浙江", "LOC"),
                            ("金华", "LOC"), ("遵义", "LOC"), ("余庆", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("京昆高速", "LOC"), ("临汾", "LOC"), ("甬台温高速", "LOC"), ("G60沪昆高速", "LOC"), ("浙江", "LOC"),
        ("金华", "LOC"), ("遵义", "LOC"), ("余庆", "LOC")]


def test_a_village_worthy_before_his_name_is_no_place():
    """乡贤吴志强捐资50万元 (local news of rural revitalization, the tagger reading 乡贤 as a place before the name, and
    新乡 out of 新乡贤, a new worthy): a village's worthy is a role, which the written labels leave untagged (9 times in 9);
    his name stays a person, and a worthies' association named by its village is a body (上塘村乡贤会)."""
    text = "乡贤吴志强捐资50万元。新乡贤王华回乡创业。新乡贤李明。上塘村乡贤会会长王建军说"
    spans = spans_of(text, [("乡贤", "LOC"), ("吴志强", "PER"), ("新乡", "LOC"), ("王华", "PER"), ("新乡贤", "LOC"), ("李明", "PER"),
                            ("上塘村乡贤会", "ORG"),
                            ("会长", "TITLE"), ("王建军", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("吴志强", "PER"), ("王华", "PER"), ("李明", "PER"), ("上塘村乡贤会", "ORG"), ("会长", "TITLE"), ("王建军", "PER")]


def test_common_words_read_as_names_in_news_are_none():
    """From 1,500 CCTV stories (stop 86): old comrades, promotion, dilapidated houses, a fast lane, flood-control work,
    experts, husbandry, inland waters, fresh, cross-country, radar and the Beidou system are no names (the written
    labels leave each untagged; no gold span of the corpora is one); the names around them stay."""
    text = ("向老同志们致以问候，晋升上将军衔，改造农村危房，开辟绿色通道，检查防汛工作，国际原子能机构的专家代表团，"
            "主管畜牧的干部，沿海和内河，新鲜水果，越野滑雪场，土耳其的雷达都没有显示，调研北斗产业发展")
    spans = spans_of(text, [("老同志", "PER"), ("晋升", "PER"), ("危房", "ORG"), ("绿色通道", "ORG"), ("防汛工作", "ORG"),
                            ("国际原子能机构", "ORG"), ("专家", "ORG"), ("畜牧", "PER"), ("内河", "LOC"), ("新鲜", "LOC"),
                            ("越野", "LOC"), ("土耳其", "LOC"), ("雷达", "LOC"), ("北斗", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("国际原子能机构", "ORG"), ("土耳其", "LOC")]
    text = "跨越山海，云海翻腾，三角梅是深圳的市花，对玉米等农作物，党史学习教育，最美乡村教师，与临时政府会谈，在平衡木比赛中"
    spans = spans_of(text, [("山海", "LOC"), ("云海", "LOC"), ("三角梅", "LOC"), ("深圳", "LOC"), ("玉米", "LOC"), ("党史", "ORG"),
                            ("最美", "LOC"), ("临时", "LOC"), ("平衡", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("深圳", "LOC")]
    text = "胡志明市的金融区旁边，上岛勘察，制定实施方案，担任高管，空间科学首席专家，善良的小伙子于海，白宫方面澄清说，令人唏嘘的是"
    spans = spans_of(text, [("胡志明市", "LOC"), ("金融", "LOC"), ("上岛", "LOC"), ("制定", "ORG"), ("高管", "ORG"), ("空间", "ORG"),
                            ("善良", "PER"), ("于海", "PER"), ("白宫", "ORG"), ("澄清", "PER"), ("唏嘘", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("胡志明市", "LOC"), ("于海", "PER"), ("白宫", "ORG")]
    text = "辽宁省发展改革委会同人社、交通等部门，交通等部门增派人员"
    spans = spans_of(text, [("辽宁省发展改革委", "ORG"), ("人社", "ORG"), ("交通", "ORG"), ("交通", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("辽宁省发展改革委", "ORG")]
    text = "成为世界上具有重要影响的，企业扎堆落户，佛山市5家三甲医院，部分省区纪委书记，多家知名俱乐部，沙龙访美"
    spans = spans_of(text, [("世界", "ORG"), ("扎堆", "LOC"), ("佛山市", "LOC"), ("三甲医院", "ORG"), ("省区", "ORG"),
                            ("俱乐部", "ORG"), ("沙龙", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("佛山市", "LOC"), ("沙龙", "PER")]


def test_the_shipped_taggers_folder_describes_todays_cleanup():
    """The shipped folder's zhpolicy.json (and so its model card) says how predict reads the tagger's spans: the text
    is the cleanup's own description (CLEANUP_READING), kept in step when a rule is added or changed."""
    from pathlib import Path

    from zhpolicy.models.ner_cleanup import CLEANUP_READING

    folder = Path(__file__).resolve().parents[1] / "models" / "shipped" / "ner"
    reading = json.loads((folder / "zhpolicy.json").read_text(encoding="utf-8"))["reading"]
    assert reading["cleanup"] == CLEANUP_READING
    assert CLEANUP_READING[-200:] in (folder / "README.md").read_text(encoding="utf-8")


def test_honours_and_descriptions_are_no_posts():
    """国际钢琴巨星郎朗、国学大师杜维明 (CCTV news): a master, a star, a famous athlete and a guest are honours or
    descriptions, roles rather than offices (LABELS.md: roles are not posts); the people stay, and are no officials."""
    text = "国际钢琴巨星郎朗、国学大师杜维明出席，体操名将李宁，嘉宾王芳，院长张伟"
    spans = spans_of(text, [("钢琴巨星", "TITLE"), ("郎朗", "PER"), ("国学大师", "TITLE"), ("杜维明", "PER"),
                            ("体操名将", "TITLE"), ("李宁", "PER"), ("嘉宾", "TITLE"), ("王芳", "PER"), ("院长", "TITLE"),
                            ("张伟", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("郎朗", "PER"), ("杜维明", "PER"), ("李宁", "PER"), ("王芳", "PER"),
                                                   ("院长", "TITLE"), ("张伟", "PER")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("张伟", "院长")]


def test_a_span_the_late_mends_cut_to_a_bare_kind_names_nothing():
    """指标来源：医院填报 (a gov.cn document: a body read on into the verb after it, 医院填报, which the late mends cut back to
    医院): a bare kind of body is no name (LABELS.md), whenever the rules come to it."""
    text = "指标来源：医院填报。"
    spans = spans_of(text, [("医院填报", "ORG")])
    assert clean_spans(text, spans) == []


def test_no_span_leaves_a_quotation_mark_or_bracket_unpaired():
    """The last guard on marks (CCTV and gov.cn readings the late rules left so): a span cut at a quotation mark or
    bracket it opens and does not close keeps what stands before the mark (…龙家村小学“会泽 → …龙家村小学, 安徽芦岭煤矿“
    → 安徽芦岭煤矿; 上海（长三角 → 上海, a place), a span of one character left so, or one that closes a mark it did not
    open (总理）理事会: read from inside an aside), names nothing; pairs inside a name stay (“旅行者”号, 中科光电（长春）
    股份有限公司). LABELS.md keeps marks outside a span; no test or dev gold span of the corpora or the written splits
    leaves one unpaired."""
    from zhpolicy.models.ner_cleanup.boundaries import paired_marks_kept

    def read(text, type_="ORG"):
        return [(e.text, e.type) for e in paired_marks_kept(Entity(10, 10 + len(text), type_, text))]

    assert read("云南省曲靖市会泽县纸厂乡龙家村小学“会泽") == [("云南省曲靖市会泽县纸厂乡龙家村小学", "ORG")]
    assert read("安徽芦岭煤矿“") == [("安徽芦岭煤矿", "ORG")]
    assert read("上海（长三角") == [("上海", "LOC")]
    assert read("“洪") == []
    assert read("总理）理事会") == []
    assert read("“旅行者”号") == [("“旅行者”号", "ORG")]
    assert read("中科光电（长春）股份有限公司") == [("中科光电（长春）股份有限公司", "ORG")]


def test_a_places_government_head_listed_after_its_party_secretary_takes_the_place():
    """广东省中山市三乡镇原党委书记梁常兴、原镇长岑宏开 (CCTV news of discipline notices): the town's head listed alone after
    its party secretary is the town's, as a county's 县长 after its 县委书记 is; a post of another level is not (县长
    after a town's secretary)."""
    text = "广东省中山市三乡镇原党委书记梁常兴、原镇长岑宏开违规送礼。湖南省某县柳镇党委书记王五、县长赵六出席。"
    pieces = [("广东省中山市三乡镇", "LOC"), ("党委书记", "TITLE"), ("梁常兴", "PER"), ("镇长", "TITLE"), ("岑宏开", "PER"),
              ("柳镇", "LOC"), ("党委书记", "TITLE"), ("王五", "PER"), ("县长", "TITLE"), ("赵六", "PER")]
    officials = extract_officials(text, spans_of(text, pieces))
    assert Official("岑宏开", "镇长", "广东省中山市三乡镇") in officials
    assert Official("赵六", "县长", None) in officials


def test_a_head_naming_its_field_refers_to_no_earlier_body_of_another_field():
    """四川省大竹县原副县长魏辉才、林业局纪检组长廖君 after 福建省厦门市环保局 (CCTV news): a head that names its
    field (林业局) is a bureau of its own, not the earlier bureau of another field; one that names the earlier body
    shorter (环保局 after 厦门市环境保护局) still refers to it."""
    text = "福建省厦门市环保局党组书记谢海生被免职。四川省大竹县原副县长魏辉才、林业局纪检组长廖君受处分。"
    pieces = [("福建省厦门市环保局", "ORG"), ("党组书记", "TITLE"), ("谢海生", "PER"), ("四川省大竹县", "LOC"), ("副县长", "TITLE"),
              ("魏辉才", "PER"), ("纪检组长", "TITLE"), ("廖君", "PER")]
    assert Official("廖君", "纪检组长", None) in extract_officials(text, spans_of(text, pieces))
    text = "厦门市环境保护局召开会议。环保局局长谢海生讲话。"
    pieces = [("厦门市环境保护局", "ORG"), ("局长", "TITLE"), ("谢海生", "PER")]
    assert extract_officials(text, spans_of(text, pieces)) == [Official("谢海生", "局长", "厦门市环境保护局")]


def test_a_schools_party_organ_stays_in_the_post():
    """贵州望谟县实验高中党总支副书记、副校长刘秀祥 (CCTV news): after a school named 高中 or 初中, as after 学校, the party
    organ is in the post (LABELS.md: 党支部书记), and the school is the body of both posts."""
    text = "贵州望谟县实验高中党总支副书记、副校长刘秀祥回到母校。"
    pieces = [("贵州望谟县实验高中", "ORG"), ("党总支副书记", "TITLE"), ("副校长", "TITLE"), ("刘秀祥", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned][:2] == [("贵州望谟县实验高中", "ORG"), ("党总支副书记", "TITLE")]
    assert extract_officials(text, cleaned) == [Official("刘秀祥", "党总支副书记", "贵州望谟县实验高中"),
                                                Official("刘秀祥", "副校长", "贵州望谟县实验高中")]


def test_the_chemical_weapons_body_and_a_security_treaty_body_are_international_bodies():
    """禁化武组织 (the OPCW, 78 mentions in the CCTV corpus, 1 of 15 in the probe texts tagged), its full name, and
    集体安全条约组织, untagged by the small tagger: unique bodies, ORGs wherever they stand."""
    text = "禁化武组织总干事尤祖姆居说，禁止化学武器组织已派出专家。集体安全条约组织举行峰会。"
    pieces = [("总干事", "TITLE"), ("尤祖姆居", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("禁化武组织", "ORG"), ("总干事", "TITLE"), ("尤祖姆居", "PER"),
                                                   ("禁止化学武器组织", "ORG"), ("集体安全条约组织", "ORG")]
    assert extract_officials(text, cleaned) == [Official("尤祖姆居", "总干事", "禁化武组织")]


def test_an_executives_acronym_read_as_a_person_is_a_post():
    """该集团COO张明 (the tagger reads COO as a person, which the merge then joins to the name; Sina news: 首席运营官（COO）,
    高级副总裁、CHO): a company officer's acronym is a post, not a name; a Latin name stays a person."""
    text = "该集团COO张明在发布会上说，董事XiaoChen和CEO李华出席。"
    pieces = [("COO", "PER"), ("张明", "PER"), ("XiaoChen", "PER"), ("CEO", "PER"), ("李华", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("COO", "TITLE"), ("张明", "PER"), ("XiaoChen", "PER"),
                                                   ("CEO", "TITLE"), ("李华", "PER")]
    assert Official("张明", "COO", None) in extract_officials(text, cleaned)


def test_a_name_read_into_the_kind_of_a_sanction_after_it_is_cut_there():
    """给予省生态环境厅党组书记、厅长王天琦政务记过处分 (CCTV news of discipline notices): 政务, 党内, 行政 or 党纪 opens the
    sanction's name, not the person's."""
    text = "给予省生态环境厅党组书记、厅长王天琦政务记过处分。"
    pieces = [("生态环境厅", "ORG"), ("党组书记", "TITLE"), ("厅长", "TITLE"), ("王天琦政务", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert ("王天琦", "PER") in [(e.text, e.type) for e in cleaned]
    assert Official("王天琦", "厅长", "生态环境厅") in extract_officials(text, cleaned)


def test_a_person_read_on_into_a_word_jieba_reads_across_the_name_is_cut_to_the_name_written_more_often():
    """吴坚|决定回到家乡 and 毛相林|立志 (the tagger's 毛相 + 林立志, merged) beside 吴坚 and 毛相林 (CCTV news): jieba reads
    the name's last character into the word (坚决|定, 林立|志), so no word of its starts right after the name; the rest
    opens a common word (决定, 立志), and the text writes the name more often without it."""
    text = "吴坚当过乡干部。55岁的吴坚决定回到家乡。毛相林带着村民修路。时任村党支部书记的毛相林立志改变村庄的命运。"
    pieces = [("吴坚", "PER"), ("吴坚决", "PER"), ("毛相林", "PER"), ("毛相", "PER"), ("林立志", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "PER"] == ["吴坚", "吴坚", "毛相林", "毛相林"]


def test_golden_autumn_is_no_person():
    """金秋十月 (CCTV news: the tagger read 金秋, which jieba's dictionary tags as a name, as a person): a season's word,
    generic (MSRA leaves it untagged twice in two)."""
    text = "金秋十月，是我国第1个农民丰收节。"
    assert clean_spans(text, spans_of(text, [("金秋", "PER")])) == []


def test_a_city_read_as_a_person_right_after_its_province_is_the_place():
    """在宁夏吴忠，东塔寺乡的党委书记… (CCTV news: 吴 is a surname, and the tagger read the city as a person): a city of
    the province right after it is one place with it, as an untagged one is (在浙江|宁波)."""
    text = "在宁夏吴忠，东塔寺乡的党委书记宗立冬最近很忙。"
    pieces = [("宁夏", "LOC"), ("吴忠", "PER"), ("东塔寺乡", "LOC"), ("党委书记", "TITLE"), ("宗立冬", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned][:2] == [("宁夏吴忠", "LOC"), ("东塔寺乡", "LOC")]


def test_seeing_to_something_is_no_person():
    """正在张罗游客的大娘 (CCTV news: jieba's dictionary tags the verb 张罗 as a name, and the tagger read it as one)."""
    text = "正在张罗游客的大娘叫顾宝青。"
    cleaned = clean_spans(text, spans_of(text, [("张罗", "PER"), ("顾宝青", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("顾宝青", "PER")]


def test_a_rivers_reach_is_cut_off_the_place_after_it():
    """要开闸泄洪。下游新仓镇15000多百姓要转移 (CCTV news: the tagger read the reach into the town): 下游, 上游 and the like
    say where a place lies, no part of its name (LABELS.md: generic words stay out)."""
    text = "水库要开闸泄洪。下游新仓镇15000多百姓要转移，上游东川口水库也在泄洪。"
    cleaned = clean_spans(text, spans_of(text, [("下游新仓镇", "LOC"), ("上游东川口水库", "LOC")]))
    assert [(e.text, e.type) for e in cleaned] == [("新仓镇", "LOC"), ("东川口水库", "LOC")]


def test_a_speakers_zuo_of_an_explanation_ends_the_name():
    """复旦大学教授吴玉韶作讲解 (CCTV news: the tagger read 作 into the name): 作讲解, 作解读 are a speaker's, as 作报告 is."""
    text = "复旦大学教授吴玉韶作讲解。"
    cleaned = clean_spans(text, spans_of(text, [("复旦大学", "ORG"), ("教授", "TITLE"), ("吴玉韶作", "PER")]))
    assert ("吴玉韶", "PER") in [(e.text, e.type) for e in cleaned]


def test_a_post_read_with_the_de_before_it_loses_the_de():
    """中国石油西部钻探试油公司的试油工谭文波 (CCTV news: the tagger read 的 into the post): the particle is no part of it."""
    text = "中国石油西部钻探试油公司的试油工谭文波获奖。"
    pieces = [("中国石油西部钻探试油公司", "ORG"), ("的试油工", "TITLE"), ("谭文波", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [(e.text, e.type) for e in cleaned] == [("中国石油西部钻探试油公司", "ORG"), ("试油工", "TITLE"), ("谭文波", "PER")]


def test_a_bare_republic_is_no_body_and_a_state_post_after_a_party_is_no_partys():
    """塞拉利昂全国人民大会党主席、共和国总统科罗马 and 朝鲜劳动党总书记、国务委员长金正恩 (CCTV news): 共和国 alone names no
    state, and the state's post carried over from the party is the party's no more than 总统 is."""
    text = "塞拉利昂全国人民大会党主席、共和国总统科罗马致函。朝鲜劳动党总书记、国务委员长金正恩出席。"
    pieces = [("塞拉利昂全国人民大会党", "ORG"), ("主席", "TITLE"), ("共和国", "ORG"), ("总统", "TITLE"), ("科罗马", "PER"),
              ("朝鲜劳动党", "ORG"), ("总书记", "TITLE"), ("国务委员长", "TITLE"), ("金正恩", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert "共和国" not in [e.text for e in cleaned]
    officials = extract_officials(text, cleaned)
    assert Official("金正恩", "国务委员长", None) in officials
    assert Official("金正恩", "总书记", "朝鲜劳动党") in officials
    assert Official("科罗马", "主席", "塞拉利昂全国人民大会党") in officials
    assert Official("科罗马", "总统", None) in officials


def test_an_aides_post_right_after_the_office_it_serves_is_one_post_with_it():
    """联合国秘书长发言人迪雅里克, 土耳其总统发言人卡伦 (CCTV news: the late rules tag the spokesman's 发言人 after the first
    merge): the two posts are one, as the scorers merge them, and the official is the spokesman, not a
    secretary-general."""
    text = "联合国秘书长发言人迪雅里克5日表示，局势仍然是灾难性的。"
    cleaned = clean_spans(text, spans_of(text, [("联合国", "ORG"), ("秘书长", "TITLE"), ("迪雅里克", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("联合国", "ORG"), ("秘书长发言人", "TITLE"), ("迪雅里克", "PER")]
    assert extract_officials(text, cleaned) == [Official("迪雅里克", "秘书长发言人", "联合国")]


def test_a_state_post_after_a_committee_and_a_place_gone_to_before_de_are_no_bodies_of_the_post():
    """塞尔维亚对华合作国家委员会主席、前总统尼科利奇 and 刚刚抵达莫斯科的国家主席习近平 (CCTV news): a state's post carried
    over from a committee is the committee's no more than a party's; a place the holder arrived in, before 的, is no body
    of his post (as 重庆齐圣村的党委书记 is)."""
    text = "塞尔维亚对华合作国家委员会主席、总统尼科利奇表示祝贺。刚刚抵达莫斯科的国家主席习近平会见普京。"
    pieces = [("塞尔维亚对华合作国家委员会", "ORG"), ("主席", "TITLE"), ("总统", "TITLE"), ("尼科利奇", "PER"), ("莫斯科", "LOC"),
              ("国家主席", "TITLE"), ("习近平", "PER"), ("普京", "PER")]
    officials = extract_officials(text, spans_of(text, pieces))
    assert Official("尼科利奇", "主席", "塞尔维亚对华合作国家委员会") in officials
    assert Official("尼科利奇", "总统", None) in officials
    assert Official("习近平", "国家主席", None) in officials


def test_the_host_country_is_no_part_of_the_state_named_after_it():
    """东道国秘鲁总统比斯卡拉 (CCTV news: the tagger read the host country as a place before the state, and the merge joined
    them): 东道国 says what the state is, as 首都 says what a city is."""
    text = "东道国秘鲁总统比斯卡拉表示欢迎。"
    cleaned = clean_spans(text, spans_of(text, [("东道国", "LOC"), ("秘鲁", "LOC"), ("总统", "TITLE"), ("比斯卡拉", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("秘鲁", "LOC"), ("总统", "TITLE"), ("比斯卡拉", "PER")]


def test_a_world_leaders_name_read_with_the_words_before_it_is_cut_back_though_tagged_nowhere_else():
    """东盟轮值主席国文莱苏丹哈桑纳尔也发来贺信 (CCTV news: the tagger read the state and the sultan's title into the name,
    and the text names 哈桑纳尔 nowhere else): a leader world news names is a name of its own, and the words before it
    that jieba counts often are cut off, as beside a name the text tags elsewhere."""
    text = "东盟轮值主席国文莱苏丹哈桑纳尔也发来贺信。"
    cleaned = clean_spans(text, spans_of(text, [("东盟", "ORG"), ("文莱苏丹哈桑纳尔", "PER")]))
    assert ("哈桑纳尔", "PER") in [(e.text, e.type) for e in cleaned]
    assert "文莱苏丹哈桑纳尔" not in [e.text for e in cleaned]


def test_a_news_agency_read_as_a_person_is_a_body():
    """据路透社16日报道 (CCTV news: the tagger read the agency as a person three times in the probe texts): news agencies
    are unique bodies, ORGs wherever they stand, as MSRA and People's Daily tag all their mentions."""
    text = "据路透社16日报道，业内人士发现更多问题。"
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("路透社", "PER")]))] == [("路透社", "ORG")]


def test_comprehending_acting_for_and_a_partys_member_are_no_posts():
    """深入学习领会习近平主席…, 总统职务由副总统特梅尔代理, 国会众议院议长、民主党人佩洛西 (CCTV news: the tagger read the
    verbs and the party member as posts)."""
    text = "总商会深入学习领会习近平主席的讲话。总统职务由副总统特梅尔代理。众议院议长、民主党人佩洛西曾表示反对。"
    pieces = [("领会", "TITLE"), ("习近平", "PER"), ("主席", "TITLE"), ("副总统", "TITLE"), ("特梅尔", "PER"), ("代理", "TITLE"),
              ("众议院", "ORG"), ("议长", "TITLE"), ("民主党人", "TITLE"), ("佩洛西", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["主席", "副总统", "议长"]


def test_a_states_posts_listed_for_several_people_after_its_name_are_the_states():
    """塞尔维亚总统武契奇、议长布尔纳比奇、总理武切维奇 (CCTV news): a state's posts listed after the state's name once, each
    with its holder, are all the state's; a body's post before a state post does not pass its body on (外交部部长王毅、
    国务委员李四)."""
    text = "塞尔维亚总统武契奇、议长布尔纳比奇、总理武切维奇等政要出席。外交部部长王毅、国务委员李四出席。"
    pieces = [("塞尔维亚", "LOC"), ("总统", "TITLE"), ("武契奇", "PER"), ("议长", "TITLE"), ("布尔纳比奇", "PER"),
              ("总理", "TITLE"), ("武切维奇", "PER"), ("外交部", "ORG"), ("部长", "TITLE"), ("王毅", "PER"),
              ("国务委员", "TITLE"), ("李四", "PER")]
    officials = extract_officials(text, spans_of(text, pieces))
    assert Official("布尔纳比奇", "议长", "塞尔维亚") in officials
    assert Official("武切维奇", "总理", "塞尔维亚") in officials
    assert Official("李四", "国务委员", None) in officials


def test_a_descriptor_is_cut_off_a_chain_of_places_that_ends_in_a_unit():
    """在产粮大县吉林省梨树县 (CCTV news: the tagger read 大县 into the chain of places): what a place is, said before it, is
    cut off any place that ends in a unit, as off a place of jieba's (首都|基辅); a descriptor's own town (古城镇) keeps it."""
    text = "在产粮大县吉林省梨树县，农产品加工企业忙生产。古城镇的村民在收稻。"
    cleaned = clean_spans(text, spans_of(text, [("大县吉林省梨树县", "LOC"), ("古城镇", "LOC")]))
    assert [(e.text, e.type) for e in cleaned] == [("吉林省梨树县", "LOC"), ("古城镇", "LOC")]


def test_a_name_read_into_joining_in_or_a_keynote_gives_the_verb_back():
    """部长尤权参加。, 秘书长王晨一同看望, 副主席万钢作主题发言 (CCTV news: the tagger read the first character of 参加,
    一同 and the speaker's 作 into a name of three characters); 何大一同志 keeps its 一."""
    text = "中央统战部部长尤权参加。秘书长王晨一同看望。副主席万钢作主题发言。何大一同志表示。"
    spans = spans_of(text, [("尤权参", "PER"), ("王晨一", "PER"), ("万钢作", "PER"), ("何大一", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["尤权", "王晨", "万钢", "何大一"]


def test_a_name_written_before_sneaking_a_visit_at_every_mention_keeps_its_end():
    """美国国会众议长佩洛西窜访中国台湾地区 … 佩洛西窜访台湾 (CCTV news): the 窜 of 窜访, which jieba reads alone, follows
    every mention of the name but is no part of it."""
    text = "反对美国国会众议长佩洛西窜访中国台湾地区。佩洛西窜访台湾是挑衅。"
    spans = spans_of(text, [("佩洛西", "PER"), ("佩洛西", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["佩洛西", "佩洛西"]


def test_a_discipline_organs_post_listed_after_the_party_organs_is_the_same_bodys():
    """望疃镇党委原书记潘立新、纪委原书记代洪富, 襄城县财政局党组原书记殷永强、纪检组原组长卢玲 (CCTV discipline notices):
    the discipline organ beside a place's or body's party organ is the same place's or body's; its organ and 原 go into
    the post though the tagger read the organ alone as a body; a later post of another kind keeps no body (…、局长助理)."""
    text = "安徽省亳州市利辛县望疃镇党委原书记潘立新、纪委原书记代洪富被问责。襄城县财政局党组原书记殷永强、纪检组原组长卢玲被问责。"
    pieces = [("安徽省亳州市利辛县望疃镇", "LOC"), ("党委原书记", "TITLE"), ("潘立新", "PER"), ("纪委原书记", "TITLE"),
              ("代洪富", "PER"), ("襄城县财政局", "ORG"), ("党组原书记", "TITLE"), ("殷永强", "PER"), ("纪检组", "ORG"),
              ("组长", "TITLE"), ("卢玲", "PER")]
    cleaned = clean_spans(text, spans_of(text, pieces))
    officials = extract_officials(text, cleaned)
    assert Official("代洪富", "纪委原书记", "安徽省亳州市利辛县望疃镇") in officials
    assert Official("卢玲", "纪检组原组长", "襄城县财政局") in officials


def test_a_piece_of_a_generic_word_opened_before_it_is_no_name():
    """我国将埃博拉纳入检疫传染病管理 (CCTV news: the disease read as 埃 (PER) + 博拉 (LOC)): a piece of a generic word
    that opens before it names nothing; the opening of one stays (马克思 of 马克思主义, as MSRA tags it)."""
    text = "我国将埃博拉纳入检疫传染病管理。学习马克思主义理论。"
    cleaned = clean_spans(text, spans_of(text, [("埃", "PER"), ("博拉", "LOC"), ("马克思", "PER")]))
    assert [(e.text, e.type) for e in cleaned] == [("马克思", "PER")]


def test_a_compound_surname_read_as_a_place_is_the_persons_whole_name():
    """39岁的欧阳栋原是…，欧阳栋深切感受到…，欧阳栋的想法 (CCTV news: the tagger read 欧阳 as a person, then as a place,
    and the whole name once as a place): each mention is the person 欧阳栋; 诸葛镇, with no person, stays a place."""
    text = ("39岁的欧阳栋原是医生。欧阳栋深切感受到了。欧阳栋的想法得到支持。5月，欧阳栋参加了援疆。如今，欧阳栋妻子的户口随迁。"
            "诸葛镇、游埠镇等5个镇。")
    spans = spans_of(text, [("欧阳", "PER"), ("欧阳", "LOC"), ("欧阳栋", "LOC"), ("欧阳", "LOC"), ("欧阳", "PER"),
                            ("诸葛镇", "LOC"), ("游埠镇", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("欧阳栋", "PER")] * 5 + [("诸葛镇", "LOC"), ("游埠镇", "LOC")]


def test_a_countys_committee_post_named_by_its_level_refers_back_to_the_county():
    """蔚县县委书记刘书锋，县委副书记、县长王树国… (CCTV discipline notices): a county's or city's committee post named by
    its level alone, after the 、 or comma of another official, is the county's named before."""
    text = "蔚县县委书记刘书锋，县委副书记、县长王树国作为双组长，长达一年没有召开会议。"
    pieces = [("蔚县", "LOC"), ("县委书记", "TITLE"), ("刘书锋", "PER"), ("县委副书记", "TITLE"), ("县长", "TITLE"),
              ("王树国", "PER")]
    officials = extract_officials(text, spans_of(text, pieces))
    assert Official("王树国", "县委副书记", "蔚县") in officials and Official("王树国", "县长", "蔚县") in officials


def test_a_former_village_committee_post_refers_back_to_the_village():
    """辉塔村党支部原书记刘俊雄、村委会原主任刘憨雄 (CCTV discipline notices): a former or deputy post written with its 原
    or 副 inside refers back to the body its plain post does (村委会主任 → the village)."""
    text = "山西省河曲县鹿固乡辉塔村党支部原书记刘俊雄、村委会原主任刘憨雄骗取补助资金。"
    pieces = [("山西省河曲县鹿固乡辉塔村", "LOC"), ("党支部原书记", "TITLE"), ("刘俊雄", "PER"), ("村委会原主任", "TITLE"),
              ("刘憨雄", "PER")]
    assert Official("刘憨雄", "村委会原主任", "辉塔村") in extract_officials(text, spans_of(text, pieces))


def test_where_waters_meet_is_no_part_of_the_place():
    """湖口县地处长江和鄱阳湖交汇处 (CCTV news: the lake and the meeting point read as one ORG): the lake alone, a place,
    as MSRA leaves 交汇处 out (莱茵河与摩泽尔河|交汇处); so too a place read on into 交界处."""
    text = "湖口县地处长江和鄱阳湖交汇处。车站位于河南、山西交界处。"
    spans = spans_of(text, [("湖口县", "LOC"), ("长江", "LOC"), ("鄱阳湖交汇处", "ORG"), ("河南", "LOC"), ("山西交界处", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("湖口县", "LOC"), ("长江", "LOC"), ("鄱阳湖", "LOC"), ("河南", "LOC"), ("山西", "LOC")]


def test_a_headline_of_leaders_named_apart_is_split_into_each():
    """李强赵乐际蔡奇丁薛祥李希韩正出席 (a CCTV headline with no mark between the names): each is a person the text names
    apart, so the run is split into all six, as 王沪宁蔡奇 is into two."""
    text = "李强赵乐际蔡奇丁薛祥李希韩正出席。李强、赵乐际、蔡奇、丁薛祥、李希、韩正出席座谈会。"
    names = ["李强", "赵乐际", "蔡奇", "丁薛祥", "李希", "韩正"]
    spans = spans_of(text, [("李强赵乐际蔡奇丁薛祥李希韩正", "PER")] + [(name, "PER") for name in names])
    assert [e.text for e in clean_spans(text, spans)] == names * 2


def test_a_breach_an_award_and_an_attribute_read_into_a_person_are_cut_off():
    """美国土安全部长诺姆违宪发起诉讼, 研究员叶友达记一等功, 做出了杰出贡献 (CCTV news): the breach and the 记 of an
    award are no part of the name, and an adjective and a noun are no person."""
    text = "部长诺姆违宪发起诉讼。研究员叶友达记一等功。他为国防事业做出了杰出贡献。"
    spans = spans_of(text, [("诺姆违宪", "PER"), ("叶友达记", "PER"), ("杰出贡献", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["诺姆", "叶友达"]


def test_a_name_written_after_a_role_somewhere_is_a_person_though_read_as_a_place():
    """一起来认识内蒙古驻村干部解良。…当解良来驻村扶贫时…解良经过走访 (CCTV news: the tagger read 解良 as a place at most
    mentions and left the one after 驻村干部 untagged): every mention is the person; a lake after a role stays a place."""
    text = "一起来认识内蒙古驻村干部解良。当解良来驻村扶贫时，全村都是贫困户。解良经过走访，找到了门路。村民西湖，风景好。"
    spans = spans_of(text, [("内蒙古", "LOC"), ("解良", "LOC"), ("解良", "LOC"), ("西湖", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("内蒙古", "LOC"), ("解良", "PER"), ("解良", "PER"), ("解良", "PER"), ("西湖", "LOC")]


def test_a_name_cut_short_before_an_award_recorded_is_given_its_last_character():
    """原工程兵防护工程研究所研究员任辉启记三等功 (CCTV news: the tagger read 任辉): right after the post the person holds,
    the character before the 记 of an award is the name's last, as before a verb."""
    text = "原工程兵防护工程研究所研究员任辉启记三等功。"
    spans = spans_of(text, [("工程兵防护工程研究所", "ORG"), ("研究员", "TITLE"), ("任辉", "PER")])
    assert ("任辉启", "PER") in [(e.text, e.type) for e in clean_spans(text, spans)]


def test_a_piece_of_a_vehicle_plate_is_no_body():
    """车牌号为湘A3ZT46轻型货车追尾 (CCTV news of a road accident: the plate read as a body in part): a vehicle's plate, or a
    piece of it, names nothing; the place of the accident stays."""
    text = "车牌号为湘A3ZT46轻型货车追尾车牌号为闽BY2508大客车。湖南邵阳发生事故。"
    spans = spans_of(text, [("湘A3ZT", "ORG"), ("闽BY2508", "ORG"), ("湖南邵阳", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("湖南邵阳", "LOC")]


def test_a_field_the_globe_moon_soil_pontoons_and_a_blanket_are_no_names():
    """新能源技术研发, 全球首个…技术机构, 着陆区月壤中, 我军舟桥兵, 折叠床、毛毯、家庭应急包 (CCTV news: each read as a body or a
    place): generic words, dropped; a place beside them stays."""
    text = "新能源技术研发增长。全球首个机构成立。着陆区月壤中含水。我军舟桥兵跨越长江。向四川调拨折叠床、毛毯等物资。"
    spans = spans_of(text, [("能源", "ORG"), ("全球", "ORG"), ("月壤", "LOC"), ("舟桥", "LOC"), ("长江", "LOC"),
                            ("四川", "LOC"), ("毛毯", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("长江", "LOC"), ("四川", "LOC")]


def test_a_water_diversion_project_names_nothing_inside():
    """引江济淮, 引大济湟北干渠 (CCTV news: pieces read as places, 大济湟北 across the project's end): nothing inside the
    project is a place; the province before it stays."""
    text = "支持了引江济淮工程。青海引大济湟北干渠建成。"
    spans = spans_of(text, [("江济淮", "LOC"), ("青海", "LOC"), ("大济湟北", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("青海", "LOC")]


def test_a_body_gives_back_the_jing_of_a_deliberation():
    """国家防总经会商研判，决定… (CCTV news, 4 times: 经 (after) read into the body): the body ends before 经会商."""
    text = "今天，国家防总经会商研判，决定维持长江Ⅱ级响应。"
    spans = spans_of(text, [("国家防总经", "ORG"), ("长江", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("国家防总", "ORG"), ("长江", "LOC")]


def test_a_place_read_on_across_an_indefinite_venue_keeps_the_place():
    """警方在东莞一宾馆内, 四川省宜宾市一小区由中风险地区调整 (CCTV news: "a hotel in Dongguan", "a compound in Yibin"
    read as a body and into a chain); the place alone stays, but a numbered hospital is a body of its own."""
    text = "警方在东莞一宾馆内抓获嫌疑人。今天，四川省宜宾市一小区调整为低风险地区。患者送往武汉市第一医院。"
    spans = spans_of(text, [("东莞一宾馆", "ORG"), ("四川省宜宾市", "LOC"), ("武汉市第一医院", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("东莞", "LOC"), ("四川省宜宾市", "LOC"), ("武汉市第一医院", "ORG")]


def test_a_place_and_a_national_body_joined_by_he_are_split():
    """听取湖南省、资兴市和应急管理部、水利部汇报 (CCTV news: the city and the ministry read as one body): the place, which
    ends in its unit, and the national body; France's ministry for Europe and foreign affairs stays one body."""
    text = "听取湖南省、资兴市和应急管理部、水利部汇报。法国欧洲和外交部发表声明。"
    spans = spans_of(text, [("湖南省", "LOC"), ("资兴市和应急管理部", "ORG"), ("水利部", "ORG"), ("法国欧洲和外交部", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("湖南省", "LOC"), ("资兴市", "LOC"), ("应急管理部", "ORG"), ("水利部", "ORG"), ("法国欧洲和外交部", "ORG")]


def test_a_quoted_name_that_makes_landfall_is_a_storm_at_every_mention():
    """“利奇马”在山东青岛市黄岛区沿海以热带风暴级登陆 … “利奇马”已造成897万人受灾 (CCTV news, with no 台风 next to the name:
    read as a body): the storm's name, no entity; the places stay, and so does a control tower as no place."""
    text = "“利奇马”在山东青岛市黄岛区沿海以热带风暴级登陆。“利奇马”已造成897万人受灾。机场跑道和塔台等完工。"
    spans = spans_of(text, [("利奇马", "ORG"), ("山东青岛市黄岛区", "LOC"), ("利奇马", "ORG"), ("塔台", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("山东青岛市黄岛区", "LOC")]


def test_a_numbered_group_army_is_given_its_jun():
    """东部战区陆军第73集团军某旅, 第38集团军某红军团 (CCTV news: the tagger stops before 军): the group army whole; a
    company's 集团 before 军民融合 keeps its name."""
    text = "东部战区陆军第73集团军某旅紧急出动。满广志是第38集团军某红军团团长。中国兵器集团军民融合发展。"
    spans = spans_of(text, [("东部战区陆军第73集团", "ORG"), ("满广志", "PER"), ("第38集团", "ORG"), ("中国兵器集团", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("东部战区陆军第73集团军", "ORG"), ("满广志", "PER"), ("第38集团军", "ORG"), ("中国兵器集团", "ORG")]


def test_the_joint_staff_department_is_no_joint_action():
    """中央军委联合参谋部、东部战区分别汇报 (CCTV news: split at 联合 as two bodies acting jointly): one body; two bodies
    acting jointly are still split."""
    text = "中央军委联合参谋部、东部战区分别汇报。仙居县农业农村局联合仙居县供销社开展培训。"
    spans = spans_of(text, [("中央军委联合参谋部", "ORG"), ("东部战区", "ORG"), ("仙居县农业农村局联合仙居县供销社", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("中央军委联合参谋部", "ORG"), ("东部战区", "ORG"), ("仙居县农业农村局", "ORG"), ("仙居县供销社", "ORG")]


def test_natural_forest_a_flood_sheet_a_bridge_and_a_service_hall_by_their_kinds_are_no_names():
    """对天然林实施保护, 一片泽国, 连接澳门和氹仔的跨海大桥, 鄱阳湖等大江大河大湖, 在政务大厅, 当地安监局 (CCTV news: read as
    places and bodies): generic, dropped; the named lake stays."""
    text = ("对天然林实施保护。周边一片泽国。跨海大桥关闭。鄱阳湖等大江大河大湖超警。在政务大厅汇报。当地安监局发布预警。"
            "李子年产量达到6万斤。查处了一批横行乡里的村霸。3亩黄桃今年挂果。由村民理事会提出方案。")
    spans = spans_of(text, [("天然林", "LOC"), ("泽国", "LOC"), ("跨海大桥", "LOC"), ("鄱阳湖", "LOC"),
                            ("大江大河大湖", "LOC"), ("政务大厅", "ORG"), ("安监局", "ORG"), ("李子", "PER"), ("横行", "LOC"),
                            ("黄桃", "PER"), ("村民", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("鄱阳湖", "LOC")]


def test_a_river_read_with_its_water_after_its_own_jiang_is_the_river():
    """暴涨的嘉陵江河水漫城而过 (CCTV news: the river read with 河水): the river, 嘉陵江."""
    text = "在陕西汉中略阳县，暴涨的嘉陵江河水漫城而过。"
    spans = spans_of(text, [("陕西汉中略阳县", "LOC"), ("嘉陵江河水", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("陕西汉中略阳县", "LOC"), ("嘉陵江", "LOC")]


def test_one_post_written_two_ways_is_one_official():
    """居委会主任郭卫洁 … 寻乌县桂竹帽镇中排居委会主任郭卫洁, 村委会主任马怀兰 … 村主任马怀兰 (CCTV news): one entry per
    person and post (LABELS.md), the one that names the body; a second, different post stays."""
    text = "这天，居委会主任郭卫洁请她出马。寻乌县桂竹帽镇中排居委会主任郭卫洁说，她也是合作社理事长。"
    entities = locate_strings(text, [("居委会主任", "TITLE"), ("郭卫洁", "PER"), ("寻乌县桂竹帽镇中排居委会", "ORG"),
                                     ("主任", "TITLE"), ("郭卫洁", "PER")])
    assert extract_officials(text, entities) == [Official("郭卫洁", "主任", "寻乌县桂竹帽镇中排居委会")]
    text = "认识一下山西省昔阳县井沟村的村委会主任马怀兰。这一年村委会换届选举，马怀兰全票当选为村主任，后来又当选为副书记。"
    entities = locate_strings(text, [("山西省昔阳县井沟村", "LOC"), ("村委会主任", "TITLE"), ("马怀兰", "PER"), ("马怀兰", "PER"),
                                     ("村主任", "TITLE"), ("副书记", "TITLE")])
    found = extract_officials(text, entities)
    assert [o for o in found if o.title in ("村主任", "村委会主任")] == [Official("马怀兰", "村委会主任", "山西省昔阳县井沟村")]


def test_a_district_committee_post_refers_back_and_its_bare_word_is_the_same_post():
    """在广西梧州市长洲区，区委书记黎云… 在黎云担任书记期间 (CCTV news): the district committee's secretary is the
    district's, and the bare 书记 later is the same post; a county secretary named twice with no place is one entry."""
    text = "在广西梧州市长洲区，区委书记黎云建起了工业园区。在黎云担任书记期间，当地变化很大。"
    entities = locate_strings(text, [("广西梧州市长洲区", "LOC"), ("区委书记", "TITLE"), ("黎云", "PER"), ("黎云", "PER"),
                                     ("书记", "TITLE")])
    assert extract_officials(text, entities) == [Official("黎云", "区委书记", "广西梧州市长洲区")]
    text = "这话传到县委书记南培的耳朵里。乡干部急，是因为书记南培有一项新规定。"
    entities = locate_strings(text, [("县委书记", "TITLE"), ("南培", "PER"), ("书记", "TITLE"), ("南培", "PER")])
    assert extract_officials(text, entities) == [Official("南培", "县委书记", None)]


def test_a_set_phrase_or_an_adverb_and_a_count_after_a_held_post_is_no_person():
    """被习近平总书记齐家治国的讲话所打动, 习近平总书记曾三进下党乡 (CCTV news: read as persons holding 总书记): a post has
    one holder, named before it; the words after it are no name."""
    text = "被习近平总书记齐家治国的讲话所打动。习近平总书记曾三进下党乡，访贫问苦。"
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("齐家治国", "PER"), ("习近平", "PER"), ("总书记", "TITLE"),
                            ("曾三进", "PER"), ("下党乡", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type == "PER"] == [("习近平", "PER"), ("习近平", "PER")]
    assert extract_officials(text, cleaned) == [Official("习近平", "总书记", None)]


def test_a_bare_post_standing_for_a_level_post_named_before_stays_tagged():
    """这话传到县委书记南培的耳朵里 … 南培书记这两项新制度 (CCTV news): the bare 书记 beside its holder is tagged at every
    mention, though the official is one entry, the whole post's."""
    text = "这话传到县委书记南培的耳朵里。南培书记这两项新制度带来了变化。"
    spans = spans_of(text, [("县委书记", "TITLE"), ("南培", "PER"), ("南培", "PER"), ("书", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("县委书记", "TITLE"), ("南培", "PER"), ("南培", "PER"), ("书记", "TITLE")]
    assert extract_officials(text, cleaned) == [Official("南培", "县委书记", None)]
    # and one left untagged after 担任 in the holder's clause (在黎云担任书记期间: CCTV news)
    text = "在广西梧州市长洲区，区委书记黎云建起了园区。在黎云担任书记期间，当地财政收入连续增长。"
    spans = spans_of(text, [("广西梧州市长洲区", "LOC"), ("区委书记", "TITLE"), ("黎云", "PER"), ("黎云", "PER")])
    assert ("书记", "TITLE") in [(e.text, e.type) for e in clean_spans(text, spans)]


def test_a_village_secretary_written_short_or_as_a_resident_first_secretary_is_one_entry():
    """柯小海是…索洛湾村的党支部书记 … 村支书柯小海 (CCTV news); 北李庄村第一书记宋伟 … 作为驻村第一书记的宋伟; 平寨村的第一书记刘勇金
    … 书记刘勇金: one person's one post, named with its body once, is one official (LABELS.md: one entry per person and
    post), the mention that names the body."""
    text = "柯小海是陕西延安黄陵县索洛湾村的党支部书记。村民们说，好日子离不开村支书柯小海的努力。"
    entities = locate_strings(text, [("柯小海", "PER"), ("陕西延安黄陵县索洛湾村", "LOC"), ("党支部书记", "TITLE"),
                                     ("村支书", "TITLE"), ("柯小海", "PER")])
    assert extract_officials(text, entities) == [Official("柯小海", "党支部书记", "陕西延安黄陵县索洛湾村")]
    text = "北李庄村第一书记宋伟驻村2年多来，变化很大。而2年前，作为驻村第一书记的宋伟第一次组织党员开会。"
    entities = locate_strings(text, [("北李庄村", "LOC"), ("第一书记", "TITLE"), ("宋伟", "PER"), ("驻村第一书记", "TITLE"),
                                     ("宋伟", "PER")])
    assert extract_officials(text, entities) == [Official("宋伟", "第一书记", "北李庄村")]
    text = "急坏了平寨村的第一书记刘勇金。为了说服大家，书记刘勇金带头种植。"
    entities = locate_strings(text, [("平寨村", "LOC"), ("第一书记", "TITLE"), ("刘勇金", "PER"), ("书记", "TITLE"),
                                     ("刘勇金", "PER")])
    assert extract_officials(text, entities) == [Official("刘勇金", "第一书记", "平寨村")]


def test_a_member_speaking_on_behalf_of_a_democratic_party_holds_the_post_without_the_verb():
    """王光谦常委代表民盟中央发言, 连介德常委代表台盟中央发言说 (CCTV news of a CPPCC standing committee session: read 常委代表
    as one post and 台盟 as a person): 代表 is the verb "on behalf of", the post is 常委, and 台盟 (the Taiwan Democratic
    Self-Government League, which MSRA tags ORG) is the party, with its 中央 as 民盟中央 has."""
    text = "王光谦常委代表民盟中央发言建议，提高教育质量。连介德常委代表台盟中央发言说，要发挥法律的作用。"
    spans = spans_of(text, [("王光谦", "PER"), ("常委代表", "TITLE"), ("民盟中央", "ORG"), ("连介德", "PER"),
                            ("常委代表", "TITLE"), ("台盟", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("王光谦", "PER"), ("常委", "TITLE"), ("民盟中央", "ORG"), ("连介德", "PER"),
                                                   ("常委", "TITLE"), ("台盟中央", "ORG")]
    assert extract_officials(text, cleaned) == [Official("王光谦", "常委", None), Official("连介德", "常委", None)]
    chairman = "并委托栗战书委员长代表常委会向大会报告工作。"  # the standing committee his report speaks for, untagged
    cleaned = clean_spans(chairman, spans_of(chairman, [("栗战书", "PER"), ("委员长代表", "TITLE")]))
    assert [(e.text, e.type) for e in cleaned] == [("栗战书", "PER"), ("委员长", "TITLE")]
    everyone = "张伟委员代表大家发言。"  # a pronoun the verb takes, as jieba reads it
    cleaned = clean_spans(everyone, spans_of(everyone, [("张伟", "PER"), ("委员代表", "TITLE")]))
    assert [(e.text, e.type) for e in cleaned] == [("张伟", "PER"), ("委员", "TITLE")]


def test_a_post_written_another_way_than_its_official_entry_stays_tagged():
    """陕西延安黄陵县索洛湾村的党支部书记柯小海 … 柯小海当选村支书后 (CCTV news): the officials give one entry for both
    mentions, the named post's, and the cleanup still tags the short name of the post at its holder (LABELS.md tags the
    post at every mention)."""
    text = "柯小海是陕西延安黄陵县索洛湾村的党支部书记。柯小海当选村支书后，带领村民修路。"
    spans = spans_of(text, [("柯小海", "PER"), ("陕西延安黄陵县索洛湾村", "LOC"), ("党支部书记", "TITLE"), ("柯小海", "PER"),
                            ("村支书", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert ("村支书", "TITLE") in [(e.text, e.type) for e in cleaned]
    assert extract_officials(text, cleaned) == [Official("柯小海", "党支部书记", "陕西延安黄陵县索洛湾村")]


def test_a_direction_of_movement_is_no_place():
    """我国大部地区将自西向东出现明显降温 (CCTV weather news: 西向 read as a place): a compass point and 向 before another
    compass point say which way, as MSRA leaves 自西向东 untagged."""
    text = "未来三天，我国大部地区将自西向东出现明显降温。"
    spans = spans_of(text, [("西向", "LOC")])
    assert clean_spans(text, spans) == []


def test_a_crossing_of_the_long_march_is_its_river():
    """红军谱写了四渡赤水河、巧渡金沙江、强渡大渡河 (CCTV news: the crossings read as places): the crossing is an event, the
    place is its river (MSRA leaves 强渡 out of 强渡长江)."""
    text = "红军谱写了四渡赤水河、巧渡金沙江、强渡大渡河的壮丽史诗。"
    spans = spans_of(text, [("四渡赤水河", "LOC"), ("巧渡金沙江", "LOC"), ("大渡河", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("赤水河", "LOC"), ("金沙江", "LOC"), ("大渡河", "LOC")]


def test_a_bordering_verb_is_no_part_of_the_place_it_borders():
    """这片红土地北临长江 (CCTV news: 北临长江 read as one place): 北临 (borders on the north) is a verb; the place is 长江."""
    text = "这片红土地北临长江，南接岭南。"
    spans = spans_of(text, [("北临长江", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("长江", "LOC")]


def test_a_place_before_its_intangible_heritage_keeps_no_part_of_the_word():
    """将把海南非遗展演融入其中 (CCTV news: 海 and 南非 read as places and merged as 海南非): 非遗 (intangible cultural
    heritage) is one word; the place is 海南."""
    text = "将把海南非遗展演、花卉展示融入其中。"
    spans = spans_of(text, [("海", "LOC"), ("南非", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("海南", "LOC")]


def test_a_province_before_its_countryside_is_no_township():
    """在河北乡村 (CCTV news: 河北乡 read as a township): 乡村 (the countryside) is one word after a province's name."""
    text = "在河北乡村，“小马扎”宣讲走进田间地头。"
    spans = spans_of(text, [("河北乡", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("河北", "LOC")]


def test_a_language_named_whole_is_no_place():
    """她说一口流利的维吾尔语 … 学习维吾尔语 (CCTV news: 维吾尔 read as a place, and 维吾尔语 whole): a language, also where
    read whole with its 语."""
    text = "她说一口流利的维吾尔语，社区居民都喜欢她。她首先学习维吾尔语，交流通畅了。"
    spans = spans_of(text, [("维吾尔", "LOC"), ("维吾尔语", "LOC")])
    assert clean_spans(text, spans) == []


def test_a_river_before_a_section_named_by_two_places_is_not_parted_inside_a_place():
    """横跨长江江阴靖江段 (CCTV news: 长江, 江阴 and 靖江 merged, then parted as 长江江 + 阴靖江): 长江 ends where its 江 is
    doubled, so no piece ends in 江江 nor opens inside 江阴."""
    text = "工程横跨长江江阴靖江段，长度2.5公里。"
    spans = spans_of(text, [("长江", "LOC"), ("江阴", "LOC"), ("靖江", "LOC")])
    assert not {"长江江", "阴靖江"} & {e.text for e in clean_spans(text, spans)}


def test_a_name_of_one_character_before_he_and_a_name_is_one_mongolian_name():
    """在巴彦哈达嘎查牧民恩和巴特尔家 (CCTV news: 恩 and 巴特尔 read as two persons): no person is named by one character;
    恩和巴特尔 is one Mongolian name, as 那顺孟和 holds its 和."""
    text = "在陈巴尔虎旗巴彦哈达嘎查牧民恩和巴特尔家，他说日子会越过越红火。"
    spans = spans_of(text, [("陈巴尔虎旗", "LOC"), ("巴彦哈达嘎查", "LOC"), ("恩", "PER"), ("巴特尔", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type == "PER"] == [("恩和巴特尔", "PER")]
    # and where the village's name is read into the person before it (巴彦 + 哈达嘎查牧民 + 恩, merged as one person)
    spans = spans_of(text, [("陈巴尔虎旗", "LOC"), ("巴彦", "PER"), ("哈达嘎查牧民", "PER"), ("恩", "PER"), ("巴特尔", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type == "PER"] == [("恩和巴特尔", "PER")]
    assert ("巴彦哈达嘎查", "LOC") in [(e.text, e.type) for e in cleaned]


def test_sand_scenery_a_locked_down_estate_an_airfield_kind_and_a_set_phrase_are_generic():
    """昔日|黄沙|遍野, 江西的|青山秀水, |封控小区|所在的街道, |通航机场|达到9个, 被许以|高官厚禄 (CCTV news: read as places
    and a person; jieba tags 高官厚禄 a person's name): no names (no gold span of the corpora is one)."""
    text = "看到昔日黄沙遍野的沙漠变成了绿洲。江西的青山秀水也一直牵动着人心。封控小区所在的街道还组建了服务队。" \
           "通航机场达到9个。他被许以高官厚禄，始终不为所动。"
    spans = spans_of(text, [("黄沙", "LOC"), ("江西", "LOC"), ("青山秀水", "LOC"), ("封控小区", "LOC"), ("通航机场", "LOC"),
                            ("高官厚禄", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("江西", "LOC")]


def test_a_set_phrase_of_governing_sichuan_holds_no_place():
    """不断推动治蜀兴川再上新台阶 (CCTV news: 蜀兴川 read as a place): 治蜀兴川 (governing Sichuan) is a set phrase."""
    text = "不断推动治蜀兴川再上新台阶。"
    spans = spans_of(text, [("蜀兴川", "LOC")])
    assert clean_spans(text, spans) == []


def test_a_festival_read_as_a_body_is_not_merged_into_the_body_before_it():
    """中央广播电视总台中秋晚会今晚播出 (CCTV news: 中秋 read as an ORG and merged as 中央广播电视总台中秋): the festival is
    no body, and the broadcaster stays alone."""
    text = "中央广播电视总台中秋晚会今晚播出。"
    spans = spans_of(text, [("中央广播电视总台", "ORG"), ("中秋", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("中央广播电视总台", "ORG")]


def test_a_joint_consultation_is_no_federation():
    """应急管理部会同中国气象局联合会商 (CCTV news: 中国气象局联合会 read as a body): 联合会商 (jointly consult) follows the
    body; 联合会 (a federation) is no part of it."""
    text = "应急管理部会同中国气象局联合会商，要求相关地区做好防范。"
    spans = spans_of(text, [("应急管理部", "ORG"), ("中国气象局联合会", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("应急管理部", "ORG"), ("中国气象局", "ORG")]


def test_a_person_read_into_the_first_character_of_a_verb_after_it_gives_it_back():
    """北京市副市长孙硕代表北京市政府致辞 (CCTV news: 孙硕代 read as the name): 代 opens 代表 (on behalf of), a frequent verb;
    the name is 孙硕 (no gold name of three characters in MSRA or People's Daily is cut so but 2 of 12,290)."""
    text = "北京市副市长孙硕代表北京市政府致辞。"
    spans = spans_of(text, [("北京市", "LOC"), ("副市长", "TITLE"), ("孙硕代", "PER"), ("北京市政府", "ORG")])
    assert ("孙硕", "PER") in [(e.text, e.type) for e in clean_spans(text, spans)]


def test_a_place_read_with_the_preposition_before_it_as_a_person_is_the_place():
    """杭绍甬高速建成通车后，从金华到宁波只需要两个小时 (CCTV news: 从金华 read as a person): 从 (from) opens the clause,
    the place is 金华."""
    text = "建成通车后，从金华到宁波只需要两个小时。"
    spans = spans_of(text, [("从金华", "PER"), ("宁波", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("金华", "LOC"), ("宁波", "LOC")]


def test_a_compound_surname_read_as_a_body_before_the_given_name_is_one_person():
    """欧阳昌琼委员就推动交通运输发展提出询问 (CCTV news: 欧阳 read as a body, 昌琼 as a person): one name of a compound
    surname."""
    text = "欧阳昌琼委员就推动交通运输发展提出询问。"
    spans = spans_of(text, [("欧阳", "ORG"), ("昌琼", "PER"), ("委员", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("欧阳昌琼", "PER"), ("委员", "TITLE")]


def test_a_name_ending_in_he_within_a_list_keeps_its_he():
    """吕彩霞、张守攻、那顺孟和、袁驷 (CCTV news: 那顺孟 read as the name): 和 before 、 joins nothing; it ends the name."""
    text = "全国人大常委会委员吕彩霞、张守攻、那顺孟和、袁驷出席。"
    spans = spans_of(text, [("全国人大常委会", "ORG"), ("委员", "TITLE"), ("吕彩霞", "PER"), ("张守攻", "PER"), ("那顺孟", "PER"),
                            ("袁驷", "PER")])
    assert ("那顺孟和", "PER") in [(e.text, e.type) for e in clean_spans(text, spans)]


def test_a_character_closing_a_word_read_as_a_body_is_not_merged_into_the_body_after_it():
    """不断提高人大工作质量 (CCTV news: 高 of 提高 and 人大 read as bodies, merged as 高人大): the character belongs to the
    word before it, and the body is 人大 alone."""
    text = "要不断提高人大工作质量和水平。"
    spans = spans_of(text, [("高", "ORG"), ("人大", "ORG")])
    assert "高人大" not in [e.text for e in clean_spans(text, spans)]
    # not a state's abbreviation jieba reads into the word before (这|一中|柬命运共同体: 中 of 中柬)
    text = "诠释了患难与共这一中柬命运共同体的核心要义。"
    spans = spans_of(text, [("中", "ORG"), ("柬命运共同体", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("中柬", "LOC")]


def test_a_bustling_city_terrestrial_animals_migrating_north_and_mountains_are_generic():
    """从|繁华都市|到偏远乡村, 已记录|陆生|脊椎动物, 大批候鸟陆续|北迁, 新组建水域、|山岳|、地震等专业队伍 (CCTV news: read as
    places and a person): no names (no gold span of the corpora is one)."""
    text = "从繁华都市到偏远乡村。已记录陆生脊椎动物29种。大批候鸟陆续北迁。新组建水域、山岳、地震等专业队伍。"
    spans = spans_of(text, [("繁华都市", "LOC"), ("陆生", "PER"), ("北迁", "LOC"), ("山岳", "LOC")])
    assert clean_spans(text, spans) == []


def test_a_place_and_a_body_read_across_a_passive_marker_are_parted():
    """不久前，博后村被文化和旅游部、国家发展改革委评为全国乡村旅游重点村 (CCTV news: read as one body): 被 (by) stands
    between the village and the ministry that named it."""
    text = "就在不久前，博后村被文化和旅游部、国家发展改革委评为全国乡村旅游重点村。"
    spans = spans_of(text, [("博后村被文化和旅游部", "ORG"), ("国家发展改革委", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("博后村", "LOC"), ("文化和旅游部", "ORG"),
                                                                    ("国家发展改革委", "ORG")]


def test_a_committee_word_read_short_of_its_hui_is_completed():
    """美国国际贸易委员会对外宣布, 石家庄桥东区留村居委会的会议室里 (CCTV news: read up to 委员 and 居委): the body ends with
    its committee's 会."""
    text = "美国国际贸易委员会对外宣布。一大早，石家庄桥东区留村居委会的会议室里坐满了人。"
    spans = spans_of(text, [("美国国际贸易委员", "ORG"), ("石家庄桥东区留村居委", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("美国国际贸易委员会", "ORG"), ("石家庄桥东区留村居委会", "ORG")]


def test_bodies_acting_jointly_are_parted_at_huitong():
    """日前，中央纪委国家监委机关会同教育部、民政部 (CCTV news: read as one body, or up to 会): 会同 (jointly with) stands
    between two bodies."""
    text = "日前，中央纪委国家监委机关会同教育部、民政部开展专项整治。"
    spans = spans_of(text, [("中央纪委国家监委机关会同教育部", "ORG"), ("民政部", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("中央纪委国家监委机关", "ORG"), ("教育部", "ORG"),
                                                                    ("民政部", "ORG")]
    spans = spans_of(text, [("中央纪委国家监委机关会", "ORG"), ("教育部", "ORG"), ("民政部", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("中央纪委国家监委机关", "ORG"), ("教育部", "ORG"),
                                                                    ("民政部", "ORG")]


def test_a_particle_and_a_direction_of_extent_are_no_part_of_the_place_after_them():
    """基层记者来到了嘎旦村, 西起顺德的鲤鱼洲，东至深圳公明水库 (CCTV news: 了 and 东至 read into the places); not the county
    东至县."""
    text = "基层记者来到了嘎旦村。工程西起顺德的鲤鱼洲，东至深圳公明水库。"
    spans = spans_of(text, [("了嘎旦村", "LOC"), ("顺德", "LOC"), ("鲤鱼洲", "LOC"), ("东至深圳公明水库", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["嘎旦村", "顺德", "鲤鱼洲", "深圳公明水库"]
    text = "他是安徽东至县尧渡镇人。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("安徽东至县尧渡镇", "LOC")]))] == ["安徽东至县尧渡镇"]
    text = "他是东至县尧渡镇人。"
    assert [e.text for e in clean_spans(text, spans_of(text, [("东至县尧渡镇", "LOC")]))] == ["东至县尧渡镇"]


def test_a_greeting_nanohertz_the_solar_wind_a_survey_and_hard_cash_are_no_names():
    """高喊“扎西德勒”, 纳赫兹引力波, 对太阳风和地球磁层, 综合查勘, 真金白银的“国补” (CCTV news: read as persons, a place and
    bodies): no names."""
    text = "群众高喊“扎西德勒”。纳赫兹引力波存在的证据。首次实现对太阳风和地球磁层的观测。启动新一轮综合查勘。真金白银的“国补”提振消费。"
    spans = spans_of(text, [("扎西德勒", "PER"), ("纳赫兹", "PER"), ("太阳风", "LOC"), ("查勘", "ORG"), ("金白银", "ORG")])
    assert clean_spans(text, spans) == []


def test_a_name_cut_before_a_leaders_post_that_took_its_last_character_gets_it_back():
    """会议在北京人民大会堂举行。栗战书委员长出席 (CCTV news: 栗战 and 书委员长, the name written once): 书 opens no post, and
    委员长 is a leader's post; the name is 栗战书."""
    text = "十三届全国人大常委会第十次会议在北京人民大会堂举行。栗战书委员长出席。"
    spans = spans_of(text, [("十三届全国人大常委会", "ORG"), ("北京人民大会堂", "LOC"), ("栗战", "PER"), ("书委员长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned if e.type in ("PER", "TITLE")] == [("栗战书", "PER"), ("委员长", "TITLE")]


def test_an_expressway_before_a_section_named_by_province_and_city_is_not_parted_inside_the_province():
    """从沪蓉高速江苏常州段薛家出口驶出 (CCTV news: 沪蓉高速江苏 and 常州 read as places, then parted as 沪蓉高速江 +
    苏常州 at the 江 that opens 江苏): the expressway and the province and city of its section are two places."""
    text = "从沪蓉高速江苏常州段薛家出口驶出，五六分钟就到了。"
    spans = spans_of(text, [("沪蓉高速江苏", "LOC"), ("常州", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["沪蓉高速", "江苏常州"]


def test_a_place_read_into_chengxiang_after_it_gives_back_cheng():
    """仁怀城乡居民人均可支配收入 (CCTV news: 仁怀城 read as the place): 城乡 (town and country) is one word, so the place
    is 仁怀; a city named with 城 (晋城乡村振兴) keeps it."""
    text = "2021年，仁怀城乡居民人均可支配收入增长。晋城乡村振兴成效明显。"
    spans = spans_of(text, [("仁怀城", "LOC"), ("晋城", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["仁怀", "晋城"]


def test_a_place_stopped_before_its_banner_gets_it():
    """去内蒙古科右前旗，徜徉在草原 (CCTV news: 内蒙古科右 read as the place, 前旗 left out): 科右前旗 is a banner; a
    flag in front of a place (天安门前旗帜飘扬) is no banner."""
    text = "去内蒙古科右前旗，徜徉在草原。天安门前旗帜飘扬。"
    spans = spans_of(text, [("内蒙古科右", "LOC"), ("天安门", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["内蒙古科右前旗", "天安门"]


def test_a_province_read_with_the_first_character_of_its_city_gets_the_city_whole():
    """总书记来到江苏南通 (CCTV news: 江苏南 read as the place, 通 left out): the place is the province and its city,
    江苏南通, and so with a county named without its unit (甘肃镇|原 → 甘肃镇原); a province and a whole city (山东济南市)
    keep their end."""
    text = "总书记来到江苏南通，他沿江边步行。山东济南市民很高兴。甘肃镇原15万亩万寿菊开得正艳。"
    spans = spans_of(text, [("总书记", "TITLE"), ("江苏南", "LOC"), ("山东济南", "LOC"), ("甘肃镇", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "LOC"] == ["江苏南通", "山东济南", "甘肃镇原"]


def test_a_place_read_on_past_de_into_a_place_is_two_places():
    """兰州到广州的兰广通道 (CCTV news: read as one place): a place, 的 and a place are two places, 广州 and 兰广通道;
    a name that holds 的 (利比亚的黎波里: Libya's Tripoli, 的黎波里) is not parted inside the name."""
    text = "兰州到广州的兰广通道。利比亚的黎波里上诉法院开庭。在河北的京唐港海域举行。"
    spans = spans_of(text, [("兰州", "LOC"), ("广州的兰广通道", "LOC"), ("利比亚的黎波里", "LOC"), ("河北的京唐港", "LOC")])
    cleaned = [e.text for e in clean_spans(text, spans)]
    assert cleaned[:3] == ["兰州", "广州", "兰广通道"] and cleaned[-2:] == ["河北", "京唐港"]
    assert "黎波里" not in cleaned


def test_a_surname_and_general_is_no_person():
    """她跟随甘将军从新疆回到北京 (CCTV news: 甘将军 read as a person): a surname and 将军 (General Gan) calls someone by a
    rank, as 罗部长 by a post (LABELS.md: no PER); a full name before the rank stays (彭德怀将军)."""
    text = "1950年，她跟随甘将军从新疆回到北京。彭德怀将军指挥了战役。"
    spans = spans_of(text, [("甘将军", "PER"), ("新疆", "LOC"), ("北京", "LOC"), ("彭德怀", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["彭德怀"]


def test_a_village_read_on_into_its_village_office_gives_back_the_cun():
    """大庄村村部成了临时的厨房 (CCTV news: 大庄村村 read as the place; jieba reads 村村): the village is 大庄村 before its
    office, 村部, as before 村民 or 村干部."""
    text = "宁夏泾源县大庄村村部成了临时的厨房，大庄村村干部和村务监督委员会都在。"
    spans = spans_of(text, [("宁夏泾源县大庄村村", "LOC"), ("大庄村村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["宁夏泾源县大庄村", "大庄村"]


def test_two_provinces_side_by_side_are_two_places():
    """李长春得知云南贵州发生地震; 福建宁夏两省区医疗合作 (CCTV news: the provinces merged as one place): two provinces
    side by side are two places, as two states are (泰国柬埔寨)."""
    text = "李长春得知云南贵州发生地震。福建宁夏两省区医疗合作不断深化。"
    spans = spans_of(text, [("李长春", "PER"), ("云南", "LOC"), ("贵州", "LOC"), ("福建宁夏", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "LOC"] == ["云南", "贵州", "福建", "宁夏"]


def test_words_of_festivals_and_feelings_in_regional_news_are_no_names():
    """CCTV news of the regions: the sacred (在|神圣|的国歌旋律中) and the reed pipes (马骨胡、|芦笙|等非遗) read as
    places, a street parade (江苏阜宁的|踩街|年俗) as a place, Uyghur silk and dance (|艾德莱斯|绸, |麦西来甫|跳起来)
    and the Qiang dance (跳起欢快的|莎朗舞) as persons, loud reading (|朗朗|的读书声) as a person, crossing the river
    (全部|渡江) and long parted (|久别|家乡) as places, good luck (代表|大吉大利), an extension (长安街及其|延长线), calm
    (|宁静|的村庄) and a main road (|大马路|上) as places, cheerful (|开朗|、热情) and as if (|宛若|走进) as persons, and the
    villages and townships all around (十里|八村) name nothing."""
    text = ("升旗仪式在神圣的国歌旋律中举行。马骨胡、芦笙等非遗项目展出。江苏阜宁的踩街年俗传承至今。"
            "艾德莱斯绸挂起来，麦西来甫跳起来。羌族群众跳起欢快的莎朗舞。听惯了朗朗的读书声。"
            "三万红军全部渡江。久别家乡的年轻人回来了。十里八村的客家人欢聚。金桔代表大吉大利。在长安街及其延长线布置。"
            "宁静的村庄动起来，大马路上有大公交。她开朗、热情，宛若走进画中。")
    spans = spans_of(text, [("神圣", "LOC"), ("芦笙", "LOC"), ("江苏阜宁", "LOC"), ("踩街", "LOC"), ("艾德莱斯", "PER"),
                            ("麦西来甫", "PER"), ("莎朗舞", "PER"), ("朗朗", "PER"), ("渡江", "LOC"), ("久别", "LOC"),
                            ("八村", "LOC"), ("大吉大利", "LOC"), ("长安街", "LOC"), ("延长线", "LOC"), ("宁静", "LOC"),
                            ("大马路", "LOC"), ("开朗", "PER"), ("宛若", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["江苏阜宁", "长安街"]


def test_a_post_opener_read_alone_after_a_name_stays_with_the_post():
    """贯彻落实习近平总书记重要指示 (CCTV news: 习 + 近平 read as persons, 总 + 书记 as posts): 总 opens the post
    总书记, so the name is 习近平 and the post 总书记; the name's end read as a post stays the name's (栗战|书|委员长)."""
    text = "坚决贯彻落实习近平总书记重要指示精神。"
    spans = spans_of(text, [("习", "PER"), ("近平", "PER"), ("总", "TITLE"), ("书记", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("习近平", "PER"), ("总书记", "TITLE")]


def test_an_ethnic_township_and_village_left_untagged_after_a_county_join_the_chain():
    """贵州省六盘水市六枝特区落别布依族彝族乡板照村党支部书记伍廷意 (CCTV news: the chain read up to 六枝特区): the
    township of two peoples (落别布依族彝族乡) and the village after it are the chain's, one LOC, so the secretary's
    village is that chain's, not the village of the clause before (郑庄村)."""
    text = ("安徽省临泉县迎仙镇郑庄村党支部书记郑会德等人不作为问题；"
            "贵州省六盘水市六枝特区落别布依族彝族乡板照村党支部书记伍廷意在扶贫信息采集工作中敷衍应付问题。")
    spans = spans_of(text, [("安徽省临泉县迎仙镇郑庄村", "LOC"), ("党支部书记", "TITLE"), ("郑会德", "PER"),
                            ("贵州省六盘水市六枝特区", "LOC"), ("党支部书记", "TITLE"), ("伍廷意", "PER")])
    cleaned = clean_spans(text, spans)
    assert "贵州省六盘水市六枝特区落别布依族彝族乡板照村" in [e.text for e in cleaned]
    assert {o.name: o.org for o in extract_officials(text, cleaned)}["伍廷意"] == "贵州省六盘水市六枝特区落别布依族彝族乡板照村"


def test_drugs_and_huangmei_opera_are_no_names():
    """CCTV news: heroin, methcathinone, pethidine (|海洛因|, 甲|卡西酮|, 吗啡、|杜冷丁|) read as persons, and the
    Huangmei opera (|黄梅|戏、京剧) read as a person, name nothing."""
    text = "其危害不亚于海洛因。研究发现吗啡、杜冷丁等镇痛药。艺术节期间，黄梅戏、京剧轮番上演。"
    spans = spans_of(text, [("海洛因", "PER"), ("杜冷丁", "PER"), ("黄梅", "PER")])
    assert clean_spans(text, spans) == []


def test_a_place_named_with_its_standing_before_it_is_the_place():
    """在产粮大县安徽霍邱; 在荔枝主产区广东茂名; 伊德利卜省重镇马雷特努曼 (CCTV news: read as one place): a grain county,
    a lychee region or a key town is what the place is, no part of its name; the place before the words stays a place of
    its own (伊德利卜省 + 马雷特努曼), and a name that only ends so or holds the words stays whole (圣菲波哥大市,
    亚历山大市, the town 九重镇)."""
    text = "在产粮大县安徽霍邱，80万亩再生稻丰收。在荔枝主产区广东茂名游览。叙军控制了伊德利卜省重镇马雷特努曼。圣菲波哥大市举行游行。"
    text += "亚历山大市科普特教堂发生爆炸。河南淅川县九重镇邹庄村170多户人家。"
    spans = spans_of(text, [("产粮大县安徽霍邱", "LOC"), ("荔枝主产区广东茂名", "LOC"), ("伊德利卜省重镇马雷特努曼", "LOC"),
                            ("圣菲波哥大市", "LOC"), ("亚历山大市科普特教堂", "LOC"), ("河南淅川县九重镇邹庄村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["安徽霍邱", "广东茂名", "伊德利卜省", "马雷特努曼", "圣菲波哥大市",
                                                          "亚历山大市科普特教堂", "河南淅川县九重镇邹庄村"]


def test_a_deputys_post_left_untagged_before_a_list_of_posts_is_tagged():
    """全国人大代表、项目质量总监邹彬和工友们一起分享 (CCTV news: the tagger tagged 全国人大 and the later post, not 代表):
    the deputy's post opens the list of the person's posts as it opens the name (全国人大代表|李安锐), so it is a
    TITLE and the person holds both, the later one of no body the text names (not of the congress)."""
    text = "全国人大代表、项目质量总监邹彬和工友们一起分享了两会精神。"
    spans = spans_of(text, [("全国人大", "ORG"), ("项目质量总监", "TITLE"), ("邹彬", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("全国人大", "ORG"), ("代表", "TITLE"), ("项目质量总监", "TITLE"),
                                                   ("邹彬", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("邹彬", "代表", "全国人大"), ("邹彬", "项目质量总监", None)]  # the congress is no body of the later post


def test_a_name_read_into_the_adverb_luan_gives_it_back():
    """墨玉县委原书记张冠军乱作为、不作为问题 (CCTV news of a discipline notice: 张冠军乱 read as the person): 乱
    (recklessly) opens the predicate 乱作为, so the name is 张冠军 and the official is his; no gold name ends in 乱."""
    text = "新疆维吾尔自治区墨玉县委原书记张冠军乱作为、不作为问题。"
    spans = spans_of(text, [("新疆维吾尔自治区墨玉县委", "ORG"), ("原书记", "TITLE"), ("张冠军乱", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["张冠军"]


def test_produce_landforms_and_phrases_of_village_stories_are_no_names():
    """CCTV stories of villages: chestnuts, pineapples, carrots, raisins, paddy and pepper (杨梅、|板栗|等, 种|胡萝卜) read
    as persons or places, a brook (小河|小溪), a border river (大森林、大|界江|), fertile fields (北方|沃野), the depth of
    winter (|寒冬腊月|正是), glory (曾经|辉煌|的星火村), a folk village (一号|民俗村|寨), a frequent guest (家的|常客),
    strange peaks (|奇峰|、湖泊), lifting a lockdown (部分|解封), due east and west (都是|正东正西|, 在|正东|和|正西),
    both banks (|左右|岸) and settling patients in (|安顿|好了几位病人) name nothing; no gold span of the corpora is one."""
    text = ("发展养殖、杨梅、板栗等产业，种党参、种胡萝卜。治理后的小河小溪，都成了景观。大森林、大界江、大冰雪。从北方沃野到西南边陲。"
            "寒冬腊月正是北方蔬菜的淡季。曾经辉煌的星火村。星火庄园一号民俗村寨。他是李乃兆家的常客。奇峰、湖泊以及沿途的景区。"
            "本月4日部分解封以来。秧苗插法都是正东正西，落下时并不在正东和正西。干支流、左右岸统筹谋划。这天下午，安顿好了几位病人。")
    pieces = [("板栗", "PER"), ("胡萝卜", "PER"), ("小溪", "LOC"), ("界江", "LOC"), ("沃野", "LOC"), ("寒冬腊月", "PER"),
              ("辉煌", "LOC"), ("民俗村", "LOC"), ("常客", "LOC"), ("奇峰", "LOC"), ("解封", "LOC"), ("正东正西", "LOC"),
              ("正东", "LOC"), ("正西", "LOC"), ("左右", "LOC"), ("安顿", "LOC")]
    assert clean_spans(text, spans_of(text, pieces)) == []


def test_a_place_named_with_its_main_growing_area_or_granary_is_the_place():
    """目前，东北主产区大豆开始结荚; 黄淮海小麦主产区; 东北粮仓黑龙江的水田插秧全面展开 (CCTV farm news: read as one place):
    a main growing area after a place is no part of its name (LABELS.md: 木兰溪|流域), nor is a granary the place is
    called before its name (as 产粮大县|安徽霍邱); no gold place of the corpora holds either word."""
    text = "目前，东北主产区大豆开始结荚，黄淮海小麦主产区正在拔节。眼下，东北粮仓黑龙江的水田插秧全面展开。"
    spans = spans_of(text, [("东北主产区", "LOC"), ("黄淮海小麦主产区", "LOC"), ("东北粮仓黑龙江", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["东北", "黄淮海", "东北", "黑龙江"]


def test_a_name_is_not_completed_with_hen():
    """看着满山熟透的桔子…，邢镭很是着急 (CCTV news: the tagger read 邢镭 and the name was completed with the next
    character): 很 (very) opens the predicate, so the name is 邢镭; no gold name of the corpora ends in 很."""
    text = "看着满山熟透的桔子却没有足够的人手采摘，邢镭很是着急。桔子不能烂在地里，邢镭组织村民成立互助小组。"
    spans = spans_of(text, [("邢镭", "PER"), ("邢镭", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["邢镭", "邢镭"]


def test_a_uyghur_womans_name_is_completed_with_its_guli():
    """阿明古丽，是一个有着维族名字的汉族小女孩 … 一样的名字，阿明古丽。 (CCTV news: the tagger read 阿明, and the name was
    completed by one character through the text): 古丽 (flower) ends many Uyghur women's names (阿依古丽·买买提, a gold
    name of MSRA's), so the name takes both characters."""
    text = "阿明古丽，是一个有着维族名字的汉族小女孩。帕尔哈提给她取了一个和自己女儿一样的名字，阿明古丽。"
    spans = spans_of(text, [("阿明", "PER"), ("帕尔哈提", "PER"), ("阿明", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["阿明古丽", "帕尔哈提", "阿明古丽"]


def test_a_joiner_comes_off_a_name_between_a_post_and_a_post_left_untagged():
    """习近平总书记和劳尔第一书记就深化两党两国关系达成重要共识 (CCTV news: 和劳尔 read as the person, 第一书记 left
    untagged): between a post and a leader's post after the name, 和 joins the two leaders (as 习近平总书记|和|阮富仲|总书记
    where the second post is tagged); a name after a post and before no post keeps it (局长和志明说)."""
    text = "习近平总书记和劳尔第一书记就深化两党两国关系达成重要共识。局长和志明说，今年要抓好防汛。"
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("和劳尔", "PER"), ("局长", "TITLE"), ("和志明", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["习近平", "劳尔", "和志明"]


def test_guazhi_read_as_a_post_is_no_post():
    """在四川省甘孜州色达县挂职任县委副书记的桂志敬 (CCTV news: 挂职, to hold a post on secondment, read as a post): 挂职
    is a verb of taking a post, as 调任 and 担任, no post; read into the post it is cut off (挂职副县长 → 副县长)."""
    text = "此外，在四川省甘孜州色达县挂职任县委副书记的桂志敬分享了体会。他在云南挂职副县长三年。"
    spans = spans_of(text, [("四川省甘孜州色达县", "LOC"), ("挂职", "TITLE"), ("县委副书记", "TITLE"), ("桂志敬", "PER"),
                            ("云南", "LOC"), ("挂职副县长", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type == "TITLE"] == [("县委副书记", "TITLE")]


def test_a_head_of_state_called_by_the_bare_word_of_the_post_is_one_entry():
    """习近平分别致电…古巴新当选的国家主席迪亚斯-卡内尔 … 愿同迪亚斯-卡内尔主席一道努力 (CCTV news: two entries, 国家主席
    and 主席): a head of state called 主席 without a body holds the one post (LABELS.md: one entry per person and post);
    a 主席 of a body named stays another post (国家主席、中央军委主席习近平)."""
    text = "习近平致电古巴新当选的国家主席迪亚斯-卡内尔。习近平表示，愿同迪亚斯-卡内尔主席一道努力。中共中央总书记、国家主席、中央军委主席习近平出席。"
    cleaned = spans_of(text, [("习近平", "PER"), ("古巴", "LOC"), ("国家主席", "TITLE"), ("迪亚斯-卡内尔", "PER"),
                              ("习近平", "PER"), ("迪亚斯-卡内尔", "PER"), ("主席", "TITLE"), ("中共中央", "ORG"),
                              ("总书记", "TITLE"), ("国家主席", "TITLE"), ("中央军委", "ORG"), ("主席", "TITLE"),
                              ("习近平", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("迪亚斯-卡内尔", "国家主席", None), ("习近平", "总书记", "中共中央"), ("习近平", "国家主席", None),
        ("习近平", "主席", "中央军委")]


def test_a_body_named_by_its_grade_of_level_is_no_name():
    """黑龙江宁安市首家县级农业信贷担保公司成立; 成立省级粮食应急工作指挥部 (CCTV news, read as ORGs): a body named by the
    grade of its level (县级, 省级, 市级) has no name of its own, as 县水利局 (LABELS.md: a level word plus a body type);
    no gold body of the corpora opens with one."""
    text = "黑龙江宁安市首家县级农业信贷担保公司成立。各地成立省级粮食应急工作指挥部。"
    spans = spans_of(text, [("黑龙江宁安市", "LOC"), ("县级农业信贷担保公司", "ORG"), ("省级粮食应急工作指挥部", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["黑龙江宁安市"]


def test_former_comes_off_a_body_before_a_post_left_untagged_and_a_customs_office_is_a_body():
    """内蒙古自治区发展改革委原党组成员、…局长张天喜; 大连海关原党委书记、关长刘大立 (CCTV discipline notices: 原 read into the
    body, the post after it untagged, and the customs office read as a place): 原 (former) qualifies the post, as
    where the post is tagged (三乡镇原|党委书记), and a customs office named by its place is a body (深圳海关)."""
    text = "内蒙古自治区发展改革委原党组成员、粮食和物资储备局原党组书记、局长张天喜对问题整改不力；大连海关原党委书记、关长刘大立违规吃喝。"
    spans = spans_of(text, [("内蒙古自治区发展改革委原", "ORG"), ("粮食和物资储备局", "ORG"), ("党组书记", "TITLE"),
                            ("局长", "TITLE"), ("张天喜", "PER"), ("大连海关原", "LOC"), ("党委书记", "TITLE"),
                            ("关长", "TITLE"), ("刘大立", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type in ("ORG", "LOC")] == [
        ("内蒙古自治区发展改革委", "ORG"), ("粮食和物资储备局", "ORG"), ("大连海关", "ORG")]


def test_a_name_read_on_into_chaobiao_or_shehei_gives_them_back():
    """物价局党支部书记、局长黄武超标准公务接待; 李华楠为张伟涉黑组织充当“保护伞” (CCTV discipline notices: 黄武超标 and
    张伟涉黑 read as the people): 超标准 (over the standard) and 涉黑 (gang-related) open what the person did or led, as
    张俊峰|超标准配备; no gold name of the corpora ends in either."""
    text = "海南省保亭县物价局党支部书记、局长黄武超标准公务接待等问题；政法委书记李华楠为张伟涉黑组织充当“保护伞”问题。"
    spans = spans_of(text, [("海南省保亭县物价局", "ORG"), ("党支部书记", "TITLE"), ("局长", "TITLE"), ("黄武超标", "PER"),
                            ("政法委书记", "TITLE"), ("李华楠", "PER"), ("张伟涉黑", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["黄武", "李华楠", "张伟"]


def test_words_of_discipline_and_policy_news_are_no_names():
    """CCTV news: a wrong righted (得以|昭雪), a grand plan (|宏图|铺展), a double blessing, 以陈顶新 (old grain passed off
    as new), the slogan's 有|福之州 and a discipline commission's office by its kind (|纪委监察局|就查明) name nothing."""
    text = "错案终于得以昭雪。宏图铺展，该从哪里破题？双喜临门的一家人。周新开以陈顶新骗取补贴。建设有福之州。婚礼当天，纪委监察局就查明了。"
    pieces = [("昭雪", "PER"), ("宏图", "LOC"), ("双喜临门", "LOC"), ("陈顶新", "PER"), ("福之州", "LOC"), ("纪委监察局", "ORG")]
    assert [e.text for e in clean_spans(text, spans_of(text, pieces))] == []


def test_former_read_into_the_start_of_a_post_is_cut_off():
    """江西省新余市人大常委会原党组副书记、主任胡高平; 重庆市酉阳县文联原主席田景全; 美国前总统奥巴马 (CCTV news: 原 or 前
    read into the post): former qualifies the post, as where the tagger leaves it out (三乡镇|原|党委书记), and CLUENER
    leaves it out of all 13 of its posts after one (原|董事长, 前|主席); a word that opens so is no former (前锋, 原告)."""
    text = "江西省新余市人大常委会原党组副书记、主任胡高平为恶势力团伙充当保护伞；重庆市酉阳县文联原主席田景全大操大办。美国前总统奥巴马表示。球队前锋张伟进球。"
    spans = spans_of(text, [("江西省新余市人大常委会", "ORG"), ("原党组副书记", "TITLE"), ("主任", "TITLE"), ("胡高平", "PER"),
                            ("重庆市酉阳县文联", "ORG"), ("原主席", "TITLE"), ("田景全", "PER"), ("美国", "LOC"),
                            ("前总统", "TITLE"), ("奥巴马", "PER"), ("前锋", "TITLE"), ("张伟", "PER")])
    titles = [e.text for e in clean_spans(text, spans) if e.type == "TITLE"]
    assert titles == ["党组副书记", "主任", "主席", "总统"]  # 前锋 (a player's position) is a role, no post


def test_a_level_committees_post_read_two_ways_is_one_entry():
    """抚远市委书记周宏多次到赫哲族村 … 抚远市委书记 周宏： (CCTV news: read once as 抚远市委 + 书记, once as 抚远 +
    市委书记): the secretary of the city's committee is one post however the body and post are parted (LABELS.md: one
    entry per person and post); the first reading stands."""
    text = "抚远市委书记周宏多次到赫哲族村动员党员。抚远市委书记 周宏：我们要趟出路子。"
    cleaned = spans_of(text, [("抚远市委", "ORG"), ("书记", "TITLE"), ("周宏", "PER"), ("抚远", "LOC"), ("市委书记", "TITLE"),
                              ("周宏", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("周宏", "书记", "抚远市委")]


def test_a_place_read_with_de_and_a_water_after_its_basin_are_parted():
    """地处苏鲁豫皖交界的徐州东高农产品市场 (CCTV news: 苏鲁豫皖交界的 read as a place and merged with the market);
    长江流域姚家平水库等流域防洪工程 (长江流域 + 姚家平水库, merged): 的 ends no name (no gold span of the corpora ends
    in it; 波罗的海 holds it), and a water named after its basin is a place of its own, as 长江流域|四川."""
    text = "地处苏鲁豫皖交界的徐州东高农产品市场受雨雪天气影响。长江流域姚家平水库等流域防洪工程体系不断完善。波罗的海沿岸国家。"
    spans = spans_of(text, [("苏鲁豫皖交界的", "LOC"), ("徐州东高农产品市场", "LOC"), ("长江流域", "LOC"), ("姚家平水库", "LOC"),
                            ("波罗的", "LOC"), ("海", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["苏鲁豫皖", "徐州东高农产品市场", "长江", "姚家平水库", "波罗的海"]


def test_moonlight_a_blizzard_and_the_like_are_no_places():
    """CCTV news: moonlight (在|月色|下), the lower belly of breathing (气沉|丹田), a blizzard, a liveable community by its
    kind, frozen over, profiteering, a haven (家庭|港湾) and the water supply read as places or bodies name nothing."""
    text = "在月色下享受温馨的夜晚。气沉丹田，一手前推。暴风雪给小镇居民带来不便。打造宜居社区。冰封了近6个月的江面。挑动冲突从中牟利。"
    text += "为安心的家庭港湾。电力、自来水等都随时准备。"
    pieces = [("月色", "LOC"), ("丹田", "ORG"), ("暴风雪", "LOC"), ("宜居社区", "LOC"), ("冰封", "LOC"), ("牟利", "LOC"),
              ("港湾", "LOC"), ("自来水", "LOC")]
    assert clean_spans(text, spans_of(text, pieces)) == []


def test_a_joiner_comes_off_a_place_or_body_the_text_tags_without_it():
    """居住在潭门村的老何 … 们不用迁走，和潭门村一样 (CCTV news: 和潭门村 read as the place at a clause's start); 同海合会
    发展长期关系 beside 海合会: where the text tags the rest as a place or body of the same type, the joiner is no part of
    the name, wherever it stands (和平村, tagged so alone, stays)."""
    text = "居住在潭门村的老何回来了。村民们不用迁走，和潭门村一样，政府修了新房。和平村也一样。"
    spans = spans_of(text, [("潭门村", "LOC"), ("和潭门村", "LOC"), ("和平村", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["潭门村", "潭门村", "和平村"]


def test_words_of_community_stories_are_no_names():
    """CCTV stories of communities: as long as (|长达|150米), a large barrier lake, daybreak (|天一亮|，), the frontier
    seas (万里|海疆), a locked-down street and a sublessor read as places, persons or bodies name nothing."""
    text = "村里摆出长达150米的长桌宴。红石岩堰塞湖属于大型堰塞湖。天一亮，广场就热闹起来。天刚亮，他出发了。"
    text += "从雪域边关到万里海疆。在封控街道，社区干部上门。黑中介和二房东利用地下室。"
    pieces = [("长达", "LOC"), ("大型堰塞湖", "LOC"), ("天一亮", "PER"), ("天刚亮", "PER"), ("海疆", "LOC"), ("封控街道", "LOC"),
              ("二房东", "ORG")]
    assert clean_spans(text, spans_of(text, pieces)) == []


def test_a_clause_of_posts_may_hold_former_between_a_body_and_its_post():
    """第九届全国人民代表大会常务委员会副委员长，中华全国妇女联合会原主席、名誉主席彭珮云同志 (CCTV news: 原 left out of
    the post, as the cleanup now cuts it off): the clause after the comma is still only bodies and posts, so the person
    holds the posts before the comma too."""
    text = "原国务委员，第九届全国人民代表大会常务委员会副委员长，中华全国妇女联合会原主席、名誉主席彭珮云同志逝世。"
    cleaned = spans_of(text, [("第九届全国人民代表大会常务委员会", "ORG"), ("副委员长", "TITLE"), ("中华全国妇女联合会", "ORG"),
                              ("主席", "TITLE"), ("名誉主席", "TITLE"), ("彭珮云", "PER")])
    assert ("彭珮云", "副委员长", "第九届全国人民代表大会常务委员会") in [
        (o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_a_body_read_across_a_list_mark_and_one_after_it_keeps_its_offsets():
    """内蒙古东部、东北地区、华北 read as one ORG ending with 、 (found by fuzzing the cleanup with random spans): the
    piece after the first 、 ends before the last one, so every span's text is what its offsets hold."""
    text = "内蒙古东部、东北地区、华北等地普降大雪。"
    spans = [Entity(2, 11, "ORG", text[2:11])]
    for entity in clean_spans(text, spans):
        assert text[entity.start : entity.end] == entity.text


def test_a_names_last_character_read_into_the_body_after_it_goes_back_to_the_name():
    """经查，安徽省宁国市国税局原副局长胡本乐 … 免去胡本乐宁国市国税局副局长职务 (CCTV discipline notice: read 胡本 + 乐宁国市国税局
    at the second mention): where the text tags the whole name elsewhere, its last character is the name's, and the body
    keeps the rest."""
    text = "经查，安徽省宁国市国税局原副局长胡本乐等4人赌博。决定给予胡本乐行政记过处分，免去胡本乐宁国市国税局副局长职务。"
    spans = spans_of(text, [("安徽省宁国市国税局", "ORG"), ("副局长", "TITLE"), ("胡本乐", "PER"), ("胡本乐", "PER"), ("胡本", "PER"),
                            ("乐宁国市国税局", "ORG"), ("副局长", "TITLE")])
    cleaned = [(e.text, e.type) for e in clean_spans(text, spans)]
    assert cleaned[-3:] == [("胡本乐", "PER"), ("宁国市国税局", "ORG"), ("副局长", "TITLE")]


def test_trees_produce_poetry_and_bare_bodies_of_village_and_world_news_are_no_names():
    """Stop 95's sample of 2,000 CCTV stories from counties, towns, villages and communities: trees, flowers and produce
    (白皮松、油松、银杏、榆叶梅、元宝枫, 发展|玫瑰|种植, 熟悉|海鲜|买卖, |大樱桃|田间管理), poetry and set phrases (千里共|婵娟,
    地下溶洞群|钟灵毓秀, |松柏常青, |春华秋实), adverbs, adjectives and verbs (总书记|欣然|应允, |浩瀚|的太平洋, 企业|加大|投入,
    替父|行孝, |自力|更生, |依山|而建, |喜迁新居, 碧波), a leading group by its kind (县委常委|班子) and bare bodies (国家|部委,
    |司法机关|曾, 跟|大使馆|联系, |宣讲团|成员, 接见了|特使团, 医院的|放射科|, 5家|诺贝尔奖|科学家实验室) were read as persons,
    places or bodies. No gold span of the corpora is one, but CLUENER's bare 部委, 司法机关 and 大使馆 and MSRA's 放射科
    (LABELS.md: bare body types are no entities)."""
    text = ("白皮松、油松、银杏、榆叶梅、元宝枫，发展玫瑰种植，熟悉海鲜买卖，大樱桃田间管理，千里共婵娟，溶洞群钟灵毓秀，"
            "总书记欣然应允，浩瀚的太平洋，企业加大投入，替父行孝，自力更生，依山而建，喜迁新居，碧波环绕，县委常委班子，"
            "国家部委，司法机关曾，跟大使馆联系，宣讲团成员，接见了特使团，医院的放射科，诺贝尔奖科学家实验室，村民王强")
    words = ["白皮松", "油松", "银杏", "榆叶梅", "元宝枫", "玫瑰", "海鲜", "大樱桃", "婵娟", "钟灵毓秀", "欣然", "浩瀚", "加大",
             "行孝", "自力", "依山", "喜迁新居", "碧波", "班子", "部委", "司法机关", "大使馆", "宣讲团", "特使团", "放射科",
             "诺贝尔奖", "王强"]
    kinds = {"银杏": "LOC", "玫瑰": "LOC", "海鲜": "LOC", "大樱桃": "LOC", "浩瀚": "LOC", "加大": "LOC", "依山": "LOC",
             "喜迁新居": "LOC", "碧波": "LOC", "部委": "ORG", "司法机关": "ORG", "大使馆": "ORG", "宣讲团": "ORG",
             "特使团": "ORG", "放射科": "ORG", "诺贝尔奖": "ORG"}
    spans = spans_of(text, [(word, kinds.get(word, "PER")) for word in words])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("王强", "PER")]


def test_a_satellites_serial_letter_is_no_place():
    """“风云四号”A星发射升空 … “风云三号”D星、“风云二号”H星 (CCTV news, read as places): a satellite's serial letter and 星
    names no place."""
    text = "“风云四号”A星发射升空，“风云三号”D星、“风云二号”H星陆续成功发射，在四川南充嘉陵区大兴乡"
    spans = spans_of(text, [("A星", "LOC"), ("D星", "LOC"), ("H星", "LOC"), ("四川南充嘉陵区大兴乡", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["四川南充嘉陵区大兴乡"]


def test_a_japanese_given_name_of_three_ending_in_ko_is_read_whole():
    """东京都知事小池百合子宣布 (CCTV news: the cleanup read 小池百合 after the Japanese post, a given name of two): a
    given name of three characters ending in 子 is as common as one ending in 郎 or 夫."""
    text = "日本东京都新冠肺炎确诊病例快速增长。25日晚，东京都知事小池百合子宣布现在面临疫情暴发的严重局面"
    spans = spans_of(text, [("日本", "LOC"), ("东京", "LOC")])
    cleaned = clean_spans(text, spans)
    assert ("小池百合子", "PER") in [(e.text, e.type) for e in cleaned]


def test_a_forest_farmer_or_poor_household_read_into_a_name_is_cut_off():
    """来自武平县万安镇的林农池良昌认购了1号林票, 贫困户周训先发现 (CCTV news: the role read into the person): a forest
    farmer or a poor household is a resident word, as 果农 and 种植户 are."""
    text = "来自武平县万安镇的林农池良昌认购了1号林票，贫困户李建华说"
    spans = spans_of(text, [("武平县万安镇", "LOC"), ("林农池良昌", "PER"), ("贫困户李建华", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("武平县万安镇", "LOC"), ("池良昌", "PER"), ("李建华", "PER")]


def test_a_colleague_a_worker_a_screenwriter_and_a_mentor_hold_no_post():
    """民警曲玉权和同事李振东, 建筑工人 黄丙勋, 编剧王朝柱, “蛟龙”潜航员叶聪, 伟大革命导师马克思 (CCTV news, read as posts):
    roles and occupations, which LABELS.md keeps out of TITLE (the written labels tag none of 60 mentions; CLUENER
    tags some), so the people are no officials."""
    text = "民警曲玉权和同事李振东出警，建筑工人黄丙勋说，编剧王朝柱，潜航员叶聪，伟大革命导师马克思"
    spans = spans_of(text, [("曲玉权", "PER"), ("同事", "TITLE"), ("李振东", "PER"), ("建筑工人", "TITLE"), ("黄丙勋", "PER"),
                            ("编剧", "TITLE"), ("王朝柱", "PER"), ("潜航员", "TITLE"), ("叶聪", "PER"), ("导师", "TITLE"),
                            ("马克思", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.type for e in cleaned] == ["PER"] * 6
    assert extract_officials(text, cleaned) == []


def test_a_family_village_after_a_resident_word_stays_a_place():
    """中国农民丰收节主场活动今天在山东烟台招远大户陈家村举办 (CCTV news: 大户 is a resident word, and the village after it
    was made a person): a surname, 家 and 村 (or 庄, 屯, 寨) is how villages are named, no person's name."""
    text = "主场活动今天在山东烟台招远大户陈家村举办，村民包福兴家"
    spans = spans_of(text, [("山东烟台招远", "LOC"), ("陈家村", "LOC"), ("包福兴", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("山东烟台招远", "LOC"), ("陈家村", "LOC"), ("包福兴", "PER")]


def test_more_words_of_village_and_world_news_are_no_names():
    """More of stop 95's probe stories: moving house (贫困户|乔迁|山下新居), wild geese, a holiday resort by its kind and the
    blue sea (天鹅、|大雁|等候鸟, 已赴|度假|村, 从|蔚蓝|大海), an operating system (原生|鸿蒙|操作系统), an air-raid siren, economic
    bodies in general, a team of lecturers, of science envoys or of aid to Xinjiang, militias and nationwide networking
    (|防空警报|鸣响, 主要|国际经济组织, 老党员组成的|宣讲队, |科技特派团, 他所在的|援疆工作组, 乌克兰东部|民间武装, 一卡通|全国联网),
    and from the second sample plum trees, mugwort, a Tibetan offering, broadband's speed, an uprising, birdsong and
    phrases of ecology were read as persons, places or bodies; no gold span of the corpora is one."""
    words = [("乔迁", "PER"), ("大雁", "LOC"), ("度假", "LOC"), ("蔚蓝", "LOC"), ("鸿蒙", "LOC"), ("防空警报", "ORG"),
             ("国际经济组织", "ORG"), ("宣讲队", "ORG"), ("科技特派团", "ORG"), ("援疆工作组", "ORG"), ("民间武装", "ORG"),
             ("全国联网", "ORG"), ("李子树", "PER"), ("艾草", "PER"), ("切玛", "PER"), ("百兆", "PER"), ("起义", "PER"),
             ("鸟叫", "LOC"), ("宜林", "LOC"), ("美丽宜居", "LOC"), ("左右岸", "LOC"), ("安澜江河", "LOC"),
             ("全国东西部", "ORG"), ("国省", "ORG"), ("新一届理事会", "ORG"), ("人文社科", "ORG"), ("胡麻", "ORG"),
             ("中继", "ORG"), ("起浮", "ORG"), ("越冬", "ORG")]
    text = ("贫困户乔迁山下新居，天鹅、大雁等候鸟，已赴度假村，从蔚蓝大海，原生鸿蒙操作系统，防空警报鸣响，主要国际经济组织，"
            "老党员组成的宣讲队，科技特派团，他所在的援疆工作组，乌克兰东部民间武装，一卡通全国联网，栽了三年的李子树，"
            "艾草深加工，献上哈达、切玛，百兆宽带，广州起义在，虫鸣和鸟叫，宜养则养、宜林则林，美丽宜居乡村，上下游、左右岸协同，"
            "全面建设安澜江河，全国东西部协作，严禁阻断国省干线，选举产生新一届理事会，人文社科等，胡麻油加工厂，数据中继和测控，"
            "完成坞内起浮，支持越冬饲草料储备，村民李强")
    spans = spans_of(text, words + [("李强", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("乌克兰", "LOC"), ("李强", "PER")]  # the state tagged


def test_a_joiner_read_onto_a_names_end_before_the_next_post_and_holder_is_cut_off():
    """习近平在黑龙江省委书记许勤和省长梁惠玲陪同下 (CCTV news: the tagger read 许勤和, the 和 joining the next post and its
    holder): a person right after a post that ends in a joiner before another post and its holder loses the joiner,
    and is the first post's official."""
    text = "习近平在黑龙江省委书记许勤和省长梁惠玲陪同下，来到大兴安岭。会上饶子和、周慕冰发言。"
    spans = spans_of(text, [("习近平", "PER"), ("黑龙江省委", "ORG"), ("书记", "TITLE"), ("许勤和", "PER"), ("省长", "TITLE"),
                            ("梁惠玲", "PER"), ("大兴安岭", "LOC"), ("饶子和", "PER"), ("周慕冰", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["习近平", "许勤", "梁惠玲", "饶子和", "周慕冰"]
    assert ("许勤", "书记", "黑龙江省委") in [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)]


def test_a_names_last_character_read_into_a_members_post_goes_back_to_the_name():
    """戚建国常委代表全国政协提案委员会发言 (CCTV news: read 戚建 (PER) + 国常委 (ORG)): the member's post is the post, and
    the character before it the name's last, where the person is two characters of a common surname."""
    text = "更加注重完善长效机制；戚建国常委代表全国政协提案委员会发言提出，区政协常委发言"
    spans = spans_of(text, [("戚建", "PER"), ("国常委", "ORG"), ("全国政协提案委员会", "ORG"), ("政协常委", "ORG")])
    cleaned = [(e.text, e.type) for e in clean_spans(text, spans)]
    assert cleaned[:3] == [("戚建国", "PER"), ("常委", "TITLE"), ("全国政协提案委员会", "ORG")]


def test_a_name_read_onto_the_first_character_of_gang_related_gives_it_back():
    """合浦县委原常委、政法委书记庞学强等人为郑琦涉黑组织充当“保护伞” (CCTV discipline notice: read 郑琦涉 + 黑 (ORG)): 涉 opens
    涉黑 (gang-related), no name's end; the person is the name before it, and the lone 黑 names nothing."""
    text = "政法委书记庞学强等人为郑琦涉黑组织充当“保护伞”问题；另有人为王涉恶势力"
    spans = spans_of(text, [("政法委书记", "TITLE"), ("庞学强", "PER"), ("郑琦涉", "PER"), ("黑", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("政法委书记", "TITLE"), ("庞学强", "PER"), ("郑琦", "PER")]


def test_a_members_post_read_as_a_person_after_a_name_is_the_post():
    """解冬常委建议，强化风险形势预研预判 (CCTV news of the CPPCC: read 解冬 (PER) + 常委 (PER), one person once merged): the
    member's post is the post, as where it was read as a body."""
    text = "全面推进乡村振兴。解冬常委建议，强化风险形势预研预判；郑永飞常委提出"
    spans = spans_of(text, [("解冬", "PER"), ("常委", "PER"), ("郑永飞常委", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("解冬", "PER"), ("常委", "TITLE"), ("郑永飞", "PER"), ("常委", "TITLE")]


def test_a_village_named_by_a_family_and_zhuang_after_a_resident_word_stays_a_place():
    """乡里的贫困大户耿庄村，在新班子的带领下 (CCTV news): 耿庄村 is a village named like 陈家村, no person."""
    text = "乡里的贫困大户耿庄村，在新班子的带领下，一个半月就建起"
    assert [(e.text, e.type) for e in clean_spans(text, spans_of(text, [("耿庄村", "LOC")]))] == [("耿庄村", "LOC")]


def test_a_group_army_read_to_its_ji_is_made_whole():
    """在第31集团军某地进行, 中部战区陆军第82集团军某工兵旅 (CCTV news: the tagger stopped inside 集团, at 第31集 and 陆军第82集):
    the numbered group army ends in 军, as where the tagger stopped after 集团."""
    text = "联合作战演练，在第31集团军某地进行。中部战区陆军第82集团军某工兵旅紧急出动"
    spans = spans_of(text, [("第31集", "ORG"), ("陆军第82集", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["第31集团军", "中部战区陆军第82集团军"]


def test_a_national_field_before_a_conference_of_its_department_heads_is_no_body():
    """全国组织部长会议18日在京召开 (CCTV news: read 全国组织 (ORG) + 部长): the national conference of the Party's
    organization department heads names a field, no body, as 中央政协|工作会议 does."""
    text = "全国组织部长会议18日在京召开，全国宣传部长会议，全国社会工作部长会议，全国妇联召开"
    spans = spans_of(text, [("全国组织", "ORG"), ("部长", "TITLE"), ("京", "LOC"), ("全国宣传", "ORG"), ("全国社会工作", "ORG"),
                            ("全国妇联", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["京", "全国妇联"]


def test_a_national_body_read_into_the_one_character_verb_after_it_is_cut_there():
    """国家防总派工作组赴黑龙江协助防汛抢险 (CCTV news: read 国家防总派 as one ORG): a national body's name and a verb of one
    character after it (派 dispatches) is the body."""
    text = "国家防总派工作组赴黑龙江协助防汛抢险，水利部将加强调度"
    spans = spans_of(text, [("国家防总派", "ORG"), ("黑龙江", "LOC"), ("水利部将", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["国家防总", "黑龙江", "水利部"]


def test_a_verb_read_into_a_national_body_or_onto_a_province_is_cut_off():
    """深化国务院机构改革主要包括, 执法检查组在四川检查水污染防治法实施 (CCTV news: read 深化国务院 and 四川检查 as bodies): a
    verb jieba counts often that opens a national body's name, or closes a province's or state's, names nothing; the
    body or place is what is left. Not a company named after a place (北京联想: 联想 is Lenovo)."""
    text = "深化国务院机构改革主要包括，执法检查组在四川检查水污染防治法实施，北京联想公司"
    spans = spans_of(text, [("深化国务院", "ORG"), ("四川检查", "ORG"), ("北京联想", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("国务院", "ORG"), ("四川", "LOC"), ("北京联想公司", "ORG")]


def test_a_cooperative_named_by_its_produce_or_craft_alone_is_no_name():
    """土桥镇成立了莲藕合作社, 缝纫合作社、刺绣合作社等 (CCTV news, read as bodies): a co-operative named only by what it grows or
    makes is a kind of body, which the written labels leave untagged (虾稻专业合作社, 香菇专业合作社, 银饰加工合作社); one with a
    trade name (仁发合作社) or a place (土桥镇莲藕合作社) keeps its name."""
    text = "土桥镇成立了莲藕合作社，缝纫合作社、刺绣合作社等，香菇专业合作社，仁发合作社，土桥镇莲藕合作社"
    spans = spans_of(text, [("土桥镇", "LOC"), ("莲藕合作社", "ORG"), ("缝纫合作社", "ORG"), ("刺绣合作社", "ORG"),
                            ("香菇专业合作社", "ORG"), ("仁发合作社", "ORG"), ("土桥镇莲藕合作社", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["土桥镇", "仁发合作社", "土桥镇莲藕合作社"]


def test_a_name_opening_a_set_phrase_of_no_name_is_none():
    """阳春三月，莺飞草长 (CCTV news: 阳春, a city of Guangdong's, read as a person or place): the phrase names a season, no
    place; 阳春 elsewhere stays."""
    text = "阳春三月，莺飞草长。阳春三月，新绿初绽。广东阳春市"
    spans = spans_of(text, [("阳春", "PER"), ("阳春", "LOC"), ("广东阳春市", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["广东阳春市"]


def test_a_national_congress_read_to_its_delegates_is_given_its_dahui():
    """在中国共产党第十九次全国代表大会上, 中国科学技术协会第九次全国代表大会30日召开 (CCTV news: the tagger stopped at 代表, once
    inside 大会): a national congress of delegates is named with its 大会, as MSRA tags 中国共产党第十五次全国代表大会; a
    body's delegates (全国人大代表) stay as read, and a members' congress names its body alone (中国法学会|第四次会员代表大会
    in MSRA's gold)."""
    text = ("在中国共产党第十九次全国代表大会上，中国科学技术协会第九次全国代表大会30日召开，第二十次全国代表大会。全国人大代表张莉"
            "在中国志愿服务联合会第二届会员代表大会上")
    spans = spans_of(text, [("中国共产党第十九次全国代表", "ORG"), ("中国科学技术协会第九次全国代表", "ORG"),
                            ("第二十次全国代表大", "ORG"), ("全国人大", "ORG"), ("张莉", "PER"),
                            ("中国志愿服务联合会第二届会员代表", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == [
        "中国共产党第十九次全国代表大会", "中国科学技术协会第九次全国代表大会", "第二十次全国代表大会", "全国人大", "代表", "张莉",
        "中国志愿服务联合会"]


def test_a_committees_office_read_to_its_wei_is_given_its_ban():
    """国务院安委办部署加强安全防范, 国务院安委办自11月底起 (CCTV news: read 国务院安委 (ORG), 4 texts of the probes): the office of
    the State Council's work safety committee is named 安委办, which jieba reads as one word 委办 across the span's end; a
    committee before 办理 (handles) or 办公室 stays as read."""
    text = "国务院安委办部署加强安全防范。国务院安委办自11月底起督查。南浔区发改委办理了手续，南浔区发改委办公室"
    spans = spans_of(text, [("国务院安委", "ORG"), ("国务院安委", "ORG"), ("南浔区发改委", "ORG"), ("南浔区发改委", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == ["国务院安委办", "国务院安委办", "南浔区发改委", "南浔区发改委"]


def test_a_person_of_two_common_words_is_none():
    """为科技人员施展才华提供了广阔舞台, 为保障中央红军主力北上立下了赫赫战功, 黄麻起义总指挥 (CCTV news, read as persons): four
    characters that are two words jieba counts 100 times or more each (施展|才华, 赫赫|战功) name no one; a transliterated name
    of two such words (罗斯|巴赫, after 执行主任), a regnal name (路易|十五) and one jieba lists whole (达赖喇嘛) stay."""
    text = "为科技人员施展才华提供了舞台，立下了赫赫战功，黄麻起义总指挥潘忠汝。执行主任罗斯巴赫说，路易十五时期，达赖喇嘛"
    spans = spans_of(text, [("施展才华", "PER"), ("赫赫战功", "PER"), ("黄麻起义", "PER"), ("潘忠汝", "PER"), ("执行主任", "TITLE"),
                            ("罗斯巴赫", "PER"), ("路易十五", "PER"), ("达赖喇嘛", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["潘忠汝", "执行主任", "罗斯巴赫", "路易十五", "达赖喇嘛"]


def test_generic_words_of_stop_96s_stories_are_none():
    """Words of the third CCTV sample read as names (这座西部|大都市, 方正|端庄, 70年|沧海|桑田, |两栖登陆|演练, |太阳神鸟|等设计元素,
    |包机团, 调查组下设|案件调查组、|监管责任组, 担任|文件起草组|组长, |中央国家部委, |展示中心, 治丧委员会|名单,
    |全体政府|部长, “|未来|之城”, 清新|明亮, |鸣礼炮|21响, 全面|深化|改革, 副主席|人选, 向|人民军队|发出, 山水|林田湖|草沙): no gold
    span of the corpora is one."""
    text = ("这座西部大都市，方正端庄，70年沧海桑田，两栖登陆演练，太阳神鸟等设计元素，包机团，下设案件调查组、监管责任组，"
            "担任文件起草组组长，中央国家部委，展示中心，治丧委员会名单，全体政府部长。“未来之城”，清新明亮，鸣礼炮21响，全面深化改革。"
            "副主席人选，向人民军队发出，山水林田湖草沙。成都市")
    words = [("大都市", "LOC"), ("端庄", "LOC"), ("沧海", "LOC"), ("两栖登陆", "LOC"), ("太阳神鸟", "LOC"), ("包机团", "ORG"),
             ("案件调查组", "ORG"), ("监管责任组", "ORG"), ("文件起草组", "ORG"), ("中央国家部委", "ORG"), ("展示中心", "ORG"),
             ("名单", "TITLE"), ("全体政府", "ORG"), ("部长", "TITLE"), ("未来", "LOC"), ("明亮", "LOC"), ("鸣礼炮", "PER"),
             ("深化", "ORG"), ("人选", "ORG"), ("人民军队", "ORG"), ("林田湖", "LOC"), ("成都市", "LOC")]
    assert [e.text for e in clean_spans(text, spans_of(text, words))] == ["成都市"]


def test_a_delegation_or_presidium_read_short_of_its_tuan_is_given_it():
    """十三届全国人大二次会议主席团12日上午举行, 会见全国少数民族参观团全体成员, 韩总统特使团今起访问朝鲜 (CCTV news: the tagger
    stopped before 团, inside jieba's word 主席团, 参观团, 特使团): the body is the presidium or delegation, named with its
    团; a body before 团结 (unites) stays as read."""
    text = "十三届全国人大二次会议主席团12日上午举行。会见全国少数民族参观团全体成员。韩总统特使团今起访问朝鲜。中国共产党团结带领人民"
    spans = spans_of(text, [("十三届全国人大二次会议主席", "ORG"), ("全国少数民族参观", "ORG"), ("韩总统特使", "ORG"), ("朝鲜", "LOC"),
                            ("中国共产党", "ORG")])
    assert [e.text for e in clean_spans(text, spans)] == [
        "十三届全国人大二次会议主席团", "全国少数民族参观团", "韩总统特使团", "朝鲜", "中国共产党"]


def test_a_name_read_into_the_zuo_of_a_report_it_gave_is_cut_there():
    """会议听取了全国人大宪法和法律委员会主任委员李飞作的…报告 (CCTV news: read 李飞作 as one person, 4 times in 2 texts):
    作 is the verb of the report he gave (作的报告), not his name's; a name whose jieba word it is stays (池田大作)."""
    text = "会议听取了主任委员李飞作的关于草案审议结果的报告。池田大作的著作"
    spans = spans_of(text, [("主任委员", "TITLE"), ("李飞作", "PER"), ("池田大作", "PER")])
    assert [e.text for e in clean_spans(text, spans)] == ["主任委员", "李飞", "池田大作"]


def test_a_credit_lines_editor_is_one_person():
    """(视频编辑：张贝龙 文字编辑：见红蕊) closing a CCTV story (the tagger left 见 out 16 times in the probes, read 红蕊 as a
    place or body, once cut 苏志|刚): LABELS.md tags the names after an editor's label as persons, each the whole run
    after the colon; not a body (撰稿：新华社)."""
    text = "取得新进展。(视频编辑：苏志刚 文字编辑：见红蕊)\n撰稿：新华社"
    spans = spans_of(text, [("苏志", "PER"), ("红蕊", "LOC"), ("新华社", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("苏志刚", "PER"), ("见红蕊", "PER"), ("新华社", "ORG")]


def test_a_with_as_phrase_gives_the_person_the_post_in_the_body_after_it():
    """以习近平同志为总书记的党中央, 以洛伊特哈德为主席的瑞士联邦委员会, 以主席尼科斯为团长的…代表团 (CCTV news): the body
    named with the person as its post holds them in that post, the body being what 的 runs into; 党中央 and 中共中央 are one
    body, so a text naming both gives one entry; not where the phrase names a representative (以袁隆平为代表的) or no post
    follows 为 (以习近平同志为核心的)."""
    text = ("以习近平同志为总书记的党中央坚强领导下。中共中央总书记习近平出席。应以洛伊特哈德为主席的瑞士联邦委员会邀请。"
            "会见了以主席尼科斯为团长的塞浦路斯民主大会党代表团。以袁隆平为代表的科学家。以胡锦涛同志为核心的。")
    spans = spans_of(text, [("习近平", "PER"), ("总书记", "TITLE"), ("党中央", "ORG"), ("中共中央", "ORG"), ("总书记", "TITLE"),
                            ("习近平", "PER"), ("洛伊特哈德", "PER"), ("主席", "TITLE"), ("瑞士联邦委员会", "ORG"),
                            ("主席", "TITLE"), ("尼科斯", "PER"), ("团长", "TITLE"), ("塞浦路斯民主大会党代表团", "ORG"),
                            ("袁隆平", "PER"), ("代表", "TITLE"), ("胡锦涛", "PER")])
    found = [(o.name, o.title, o.org) for o in extract_officials(text, spans)]
    assert found == [("习近平", "总书记", "党中央"), ("洛伊特哈德", "主席", "瑞士联邦委员会"), ("尼科斯", "团长", "塞浦路斯民主大会党代表团"),
                     ("尼科斯", "主席", None)]


def test_serving_alone_before_a_body_and_its_post_holds_it():
    """1931年，毛泽民任中华苏维埃共和国临时中央政府银行行长; 江泽民任电子工业部第一副部长、党组副书记 (CCTV news of
    revolutionary lives): 任 alone after a bare name is a verb of holding where a body and its post follow it at once,
    as where the post does; not where no post follows the body (李明任职于县水利局)."""
    text = "1931年，毛泽民任中华苏维埃共和国临时中央政府银行行长。江泽民任电子工业部第一副部长、党组副书记。李明任职于县水利局。"
    spans = spans_of(text, [("毛泽民", "PER"), ("中华苏维埃共和国临时中央政府银行", "ORG"), ("行长", "TITLE"),
                            ("江泽民", "PER"), ("电子工业部", "ORG"), ("第一副部长", "TITLE"), ("党组副书记", "TITLE"),
                            ("李明", "PER"), ("县水利局", "ORG")])
    found = [(o.name, o.title, o.org) for o in extract_officials(text, spans)]
    assert found == [("毛泽民", "行长", "中华苏维埃共和国临时中央政府银行"), ("江泽民", "第一副部长", "电子工业部"),
                     ("江泽民", "党组副书记", "电子工业部")]


def test_a_role_in_a_body_between_the_posts_and_the_name_leaves_the_posts_the_names():
    """中共中央政治局常委、中央书记处书记、中央财经领导小组成员刘云山; 全国政协委员、广西体育高等专科学校教师韦军 (CCTV news):
    a role written after its body (成员, 教师, 的首席演员) is no post, and the posts before it are the name's; not a post
    written after another person's name (王强市长、县公安局干警李明: 市长 is 王强's)."""
    text = ("中共中央政治局常委、中央书记处书记、中央财经领导小组成员刘云山出席。全国政协委员、广西体育高等专科学校教师韦军说。"
            "王强市长、县公安局干警李明到场。")
    spans = spans_of(text, [("中共中央政治局", "ORG"), ("常委", "TITLE"), ("中央书记处", "ORG"), ("书记", "TITLE"),
                            ("中央财经领导小组", "ORG"), ("刘云山", "PER"), ("全国政协", "ORG"), ("委员", "TITLE"),
                            ("广西体育高等专科学校", "ORG"), ("韦军", "PER"), ("王强", "PER"), ("市长", "TITLE"),
                            ("县公安局", "ORG"), ("李明", "PER")])
    found = [(o.name, o.title, o.org) for o in extract_officials(text, spans)]
    assert found == [("刘云山", "常委", "中共中央政治局"), ("刘云山", "书记", "中央书记处"), ("韦军", "委员", "全国政协"),
                     ("王强", "市长", None)]


def test_generic_words_of_stop_97s_look_are_none():
    """Kinds of land, work and thing read as places or bodies in the CCTV samples (|林区|停伐后, 一级|生态区, 该|林场,
    来|疗养院|看大家, 招募|民间|河长, |潮汐|车道, 在|小麦|主产区, 古路村要|致富, 踏着|晚霞, 共赴|盛会, 前置到|内陆|铁路站场, …): no
    gold span of the corpora is one; the island 枸杞 of the written labels stays a place."""
    words = ["林区", "生态区", "林场", "疗养院", "民间", "潮汐", "小麦", "致富", "河岸", "商铺", "货物", "门庭若市", "大好河山",
             "羊肠小道", "交通要道", "物阜民丰", "立案查处", "红彤彤", "晚霞", "葡萄", "人力资源", "丰饶", "润泽", "清凉", "月光",
             "广阔", "后勤保障", "盛会", "陆地", "国别", "内陆"]
    text = "，".join(words) + "。嵊泗—枸杞海底电缆"
    spans = spans_of(text, [(word, "ORG" if word in ("疗养院", "货物", "立案查处", "人力资源", "后勤保障", "盛会", "国别") else "LOC")
                            for word in words] + [("嵊泗", "LOC"), ("枸杞", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["嵊泗", "枸杞"]


def test_a_party_or_discipline_committee_read_as_a_post_is_a_body():
    """习近平听取了广西壮族自治区|党委|和政府工作汇报, 赵乐际到|省纪委监委|、省委巡视办, 衡水市|仲裁委|原党组书记 (CCTV news: the
    tagger read the committees as posts): a committee is a body, never a post (no gold TITLE ends in 党委, 纪委, 监委 or
    仲裁委, while bodies so ending are ORG 190 times), and goes as any body named by its level alone does before a post
    (省监委原副主任 keeps 副主任); a committee's member stays a post (常委, 政委)."""
    text = "习近平听取了广西壮族自治区党委和政府工作汇报。吉林省纪委原副书记、省监委原副主任张三。市委常委李四、政委王五出席。"
    spans = spans_of(text, [("习近平", "PER"), ("广西壮族自治区", "LOC"), ("党委", "TITLE"), ("吉林省纪委", "ORG"),
                            ("副书记", "TITLE"), ("省监委", "TITLE"), ("副主任", "TITLE"), ("张三", "PER"), ("市委常委", "TITLE"),
                            ("李四", "PER"), ("政委", "TITLE"), ("王五", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type in ("ORG", "TITLE")] == [
        ("广西壮族自治区党委", "ORG"), ("吉林省纪委", "ORG"), ("副书记", "TITLE"), ("副主任", "TITLE"), ("市委常委", "TITLE"),
        ("政委", "TITLE")]


def test_a_place_cut_before_a_count_of_bodies_is_a_place():
    """安排荆州市4家医院和监利县2家医院 (CCTV news: the tagger read each county and its count of hospitals as a body): cut
    before the count, what is left is the county, a place; a body so cut stays one (国网公司3名员工 → 国网公司)."""
    text = "安排荆州市4家医院和监利县2家医院组织救治。国网公司3名员工到场。"
    spans = spans_of(text, [("荆州市4家医院", "ORG"), ("监利县2家医院", "ORG"), ("国网公司3名员工", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("荆州市", "LOC"), ("监利县", "LOC"), ("国网公司", "ORG")]


def test_a_party_body_left_untagged_before_its_bare_post_goes_into_the_post():
    """横樟村。村党支部书记、村委会主任叶林昌说 (the tagger read 书记 alone, leaving 党支部 untagged), 村支部书记林泽良 (CCTV
    news): the Party body's word is part of the post (LABELS.md: 党支部书记 stays a TITLE; the written labels' post
    covers it 165 times after a place), the village's 村 not; so is a residents' committee before 主任. Not after a body's
    kind, which names the body with it (公司党委书记, 联合党委书记: the written labels' post is the bare 书记), nor a bare
    支部 but after 村."""
    text = "村党支部书记、村委会主任叶林昌说。村支部书记林泽良说。居委会副主任王芳说。公司党委书记管国强说。”支部书记余浩然说。"
    spans = spans_of(text, [("书记", "TITLE"), ("村委会主任", "TITLE"), ("叶林昌", "PER"), ("书记", "TITLE"), ("林泽良", "PER"),
                            ("副主任", "TITLE"), ("王芳", "PER"), ("书记", "TITLE"), ("管国强", "PER"), ("书记", "TITLE"),
                            ("余浩然", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("党支部书记", "TITLE"), ("村委会主任", "TITLE"), ("叶林昌", "PER"), ("支部书记", "TITLE"), ("林泽良", "PER"),
        ("居委会副主任", "TITLE"), ("王芳", "PER"), ("书记", "TITLE"), ("管国强", "PER"), ("书记", "TITLE"), ("余浩然", "PER")]


def test_a_village_named_by_numerals_is_given_them_back():
    """为您讲述十八|洞村|努力奋斗; 当地成立了十八|洞村苗绣特产农民专业合作社 (CCTV news: the tagger read the numerals of
    十八洞村 as a count): a village's name may open with numerals, and a count would take a measure word before the
    village; not after an ordinal's 第, a demonstrative or more numerals (第十八|洞村 keeps its span)."""
    text = "为您讲述十八洞村努力奋斗。当地成立了十八洞村苗绣特产农民专业合作社。"
    spans = spans_of(text, [("洞村", "LOC"), ("洞村苗绣特产农民专业合作社", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("十八洞村", "LOC"), ("十八洞村苗绣特产农民专业合作社", "ORG")]
    ordinal = "来到第十八洞村。"
    assert [e.text for e in clean_spans(ordinal, spans_of(ordinal, [("洞村", "LOC")]))] == ["洞村"]


def test_a_route_read_on_into_a_place_is_two_places():
    """兴泉铁路江西兴国至福建宁化段, 商合杭高铁合肥至湖州段, 京杭大运河黄河 (CCTV news: the tagger read the route and the
    place its section starts at, or the river it crosses, as one place): the railway, high-speed line, expressway or
    canal is one place and the province, city, county or river after it another; a structure named on the route stays
    whole (成兰铁路跃龙门隧道, 京张高铁太子城站)."""
    text = "兴泉铁路江西兴国至福建宁化段铺轨完成。商合杭高铁合肥至湖州段开通。京杭大运河黄河以北。成兰铁路跃龙门隧道贯通。京张高铁太子城站。"
    spans = spans_of(text, [("兴泉铁路江西兴国", "LOC"), ("福建宁化", "LOC"), ("商合杭高铁合肥", "LOC"), ("湖州", "LOC"),
                            ("京杭大运河黄河", "LOC"), ("成兰铁路跃龙门隧道", "LOC"), ("京张高铁太子城站", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == [
        "兴泉铁路", "江西兴国", "福建宁化", "商合杭高铁", "合肥", "湖州", "京杭大运河", "黄河", "成兰铁路跃龙门隧道", "京张高铁太子城站"]


def test_a_place_read_on_into_a_count_in_chinese_numerals_is_cut_before_it():
    """杭州八千多干部下乡蹲点调研 (a CCTV headline: the tagger read the count of cadres into the city): cut before the count,
    as before one in digits; not a name that ends in numerals of its own (长江口二号, 第十四师)."""
    text = "杭州八千多干部下乡蹲点调研。长江口二号古船。"
    spans = spans_of(text, [("杭州八千多", "LOC"), ("长江口二号", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["杭州", "长江口二号"]


def test_an_appointing_verb_reaches_the_names_of_later_clauses_after_a_semicolon():
    """增补毕井泉、苗圩为经济委员会副主任；张效廉为经济委员会驻会副主任，不再担任…；梁晔为农业和农村委员会驻会副主任 (CCTV news of
    the CPPCC's appointments): the appointing verb opens the sentence, its appointments parted by semicolons, and each
    clause's name holds the post after its 为; a semicolon clause of a sentence no appointing verb opens appoints no
    one (李明为人正直；王芳为组长)."""
    text = ("增补毕井泉、苗圩为经济委员会副主任；张效廉为经济委员会驻会副主任，不再担任农业和农村委员会驻会副主任；"
            "梁晔为农业和农村委员会驻会副主任。大家都说李明为人正直；王芳为组长。")
    spans = spans_of(text, [("毕井泉", "PER"), ("苗圩", "PER"), ("经济委员会", "ORG"), ("副主任", "TITLE"), ("张效廉", "PER"),
                            ("经济委员会", "ORG"), ("驻会副主任", "TITLE"), ("农业和农村委员会", "ORG"), ("梁晔", "PER"),
                            ("农业和农村委员会", "ORG"), ("驻会副主任", "TITLE"), ("李明", "PER"), ("王芳", "PER"),
                            ("组长", "TITLE")])
    found = [(o.name, o.title, o.org) for o in extract_officials(text, spans)]
    assert found == [("毕井泉", "副主任", "经济委员会"), ("苗圩", "副主任", "经济委员会"), ("张效廉", "驻会副主任", "经济委员会"),
                     ("梁晔", "驻会副主任", "农业和农村委员会")]


def test_a_person_found_late_is_tagged_at_its_other_mentions():
    """…的党支部书记羊风极 … 36岁的羊风极当选为村支书 (CCTV news: the tagger left every mention untagged, and the holder
    after the post was found by a late rule): the name's other mentions are tagged too."""
    text = "一位是来自海南田表村的党支部书记羊风极。1998年，36岁的羊风极当选为村支书。山地多水田少，羊风极认为要有产业。"
    spans = spans_of(text, [("海南田表村", "LOC"), ("党支部书记", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type == "PER"] == [("羊风极", "PER")] * 3


def test_a_persons_other_mention_is_tagged_where_jieba_reads_its_last_character_into_the_next_word():
    """总书记走进受灾村民师红兵家 … 师红兵告诉总书记 (CCTV news: jieba reads 师红|兵家, so the mention did not stand as whole
    words): the name the story tags elsewhere is tagged; not where its first characters are a word (李子|林里)."""
    text = "总书记走进受灾村民师红兵家，察看院落。师红兵告诉总书记，房子很暖和。李子林告诉记者。教大家在李子林里套种辣椒。"
    spans = spans_of(text[text.index("察看"):], [("师红兵", "PER"), ("李子林", "PER")])
    spans = [Entity(e.start + text.index("察看"), e.end + text.index("察看"), e.type, e.text) for e in spans]
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["师红兵", "师红兵", "李子林"]


def test_a_person_read_on_into_the_post_after_it_is_the_name_the_text_tags_elsewhere():
    """执行主席栗战书主持大会 (栗 (PER) + 战书主持 (TITLE)) and 栗战书委员长主持闭幕会 (one TITLE), where the story tags
    栗战书 elsewhere (CCTV news): the name is the person and what follows it the post, if any."""
    text = "大会主席团常务主席、执行主席栗战书主持大会。栗战书委员长主持闭幕会。上午9时，栗战书宣布：大会开幕。"
    spans = spans_of(text, [("常务主席", "TITLE"), ("执行主席", "TITLE"), ("栗", "PER"), ("战书主持", "TITLE"),
                            ("栗战书委员长", "TITLE"), ("栗战书", "PER")])
    found = [(e.text, e.type) for e in clean_spans(text, spans) if e.type in ("PER", "TITLE")]
    assert found == [("常务主席", "TITLE"), ("执行主席", "TITLE"), ("栗战书", "PER"), ("栗战书", "PER"), ("委员长", "TITLE"),
                     ("栗战书", "PER")]


def test_a_presidium_read_into_its_chairmans_post_is_the_body_before_the_post():
    """大会主席团常务主席、执行主席李干杰 (CCTV news: 大会 untagged, 主席团 + 常务主席 read as one post): 大会主席团 is the
    ORG and 常务主席 the post, as the same sentence is read elsewhere; a body the presidium touches is joined
    (十三届全国人大一次会议主席团)."""
    text = "大会主席团常务主席、执行主席李干杰主持。十三届全国人大一次会议主席团常务主席王晨出席。"
    spans = spans_of(text, [("主席团", "TITLE"), ("常务主席", "TITLE"), ("执行主席", "TITLE"), ("李干杰", "PER"),
                            ("十三届全国人大一次会议", "ORG"), ("主席团常务主席", "TITLE"), ("王晨", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("大会主席团", "ORG"), ("常务主席", "TITLE"), ("执行主席", "TITLE"), ("李干杰", "PER"),
        ("十三届全国人大一次会议主席团", "ORG"), ("常务主席", "TITLE"), ("王晨", "PER")]


def test_a_place_the_text_tags_twice_is_tagged_at_its_other_mentions_though_it_ends_like_no_unit():
    """夏日的鼓浪屿风光旖旎 … 科学保护鼓浪屿 (CCTV news: the story tags 鼓浪屿 twice and leaves two mentions untagged): a place
    the text tags twice or more is tagged at its other mentions where it is a place word of jieba's or ends like a
    place thing (屿, 寨, 港, 碑); not a name the tagger read as a place twice that is none (风云四号), nor a mention inside
    a quotation (“鼓浪屿之波”)."""
    text = ("鼓浪屿是世界文化遗产。人们热爱鼓浪屿。夏日的鼓浪屿风光旖旎。风云四号卫星发射。风云四号传回图像。"
            "这颗风云四号很先进。歌曲“鼓浪屿之波”响起。")
    spans = spans_of(text, [("鼓浪屿", "LOC"), ("鼓浪屿", "LOC"), ("风云四号", "LOC"), ("风云四号", "LOC")])
    found = [(e.text, e.start) for e in clean_spans(text, spans) if e.text in ("鼓浪屿", "风云四号")]
    assert [name for name, _ in found] == ["鼓浪屿", "鼓浪屿", "鼓浪屿", "风云四号", "风云四号"]
    assert all(start < text.index("“") for _, start in found)


def test_a_body_the_text_tags_twice_is_tagged_at_its_other_mentions_and_a_post_after_each_body_is_none():
    """中央宣讲团成员…宣讲 … 中央宣讲团在香港宣讲 (CCTV news: 中央宣讲团 ends like no body the cleanup knows, and one mention
    was left untagged): a body the text tags twice or more is tagged at its other mentions; a post after a body opened
    by 各 (each) is no one's post (各中央巡视组组长首先传达了习近平总书记的讲话)."""
    text = ("中央宣讲团在北京宣讲。中央宣讲团在上海宣讲。随后，中央宣讲团在香港宣讲。"
            "各中央巡视组组长首先传达了习近平总书记的讲话。中央巡视组反馈了意见，中央巡视组还收到线索。")
    spans = spans_of(text, [("中央宣讲团", "ORG"), ("北京", "LOC"), ("中央宣讲团", "ORG"), ("上海", "LOC"), ("香港", "LOC"),
                            ("组长", "TITLE"), ("习近平", "PER"), ("总书记", "TITLE"), ("中央巡视组", "ORG"),
                            ("中央巡视组", "ORG")])
    found = [(e.text, e.type) for e in clean_spans(text, spans)]
    assert found.count(("中央宣讲团", "ORG")) == 3 and found.count(("中央巡视组", "ORG")) == 3
    assert ("组长", "TITLE") not in found and ("总书记", "TITLE") in found


def test_a_two_character_person_the_text_tags_twice_is_tagged_at_its_other_mentions():
    """2015年，边巴在执行任务时… 转业后，边巴一直… 驻村期间，边巴多方筹措 (CCTV news: a Tibetan name, no frequent surname,
    tagged at two mentions of five): the person the text tags twice or more is tagged at its other mentions; not a name
    the text also tags a place (兰考, read a person twice)."""
    text = ("1981年，边巴在拉萨中学当兵。转业后，边巴一直保持军人作风。驻村期间，边巴多方筹措资金。"
            "兰考县委书记。兰考是焦裕禄工作过的地方，兰考的泡桐长大了，人们说兰考变了。")
    spans = spans_of(text, [("边巴", "PER"), ("边巴", "PER"), ("兰考县委", "ORG"), ("兰考", "LOC"), ("兰考", "PER"),
                            ("兰考", "PER")])
    found = [(e.text, e.type) for e in clean_spans(text, spans) if e.text in ("边巴", "兰考")]
    assert found.count(("边巴", "PER")) == 3 and ("兰考", "PER") not in found


def test_a_two_character_body_the_text_tags_twice_is_tagged_at_its_other_mentions_but_not_before_its_congress():
    """过去几周，俄军加大力度 … 击退俄军进攻 … 俄军燃料基地 (CCTV news: 俄军 tagged at two mentions of three): a body of two
    characters the text tags twice or more, and never a place or person, is tagged where a mention is one word of
    jieba's; not a party's name before its congress (中共|六大: the event's name)."""
    text = "俄军加大力度进攻。乌军击退俄军进攻。过去几周，俄军燃料基地遭袭。中共代表来到莫斯科。中共代表召开了中共六大。"
    spans = spans_of(text, [("俄军", "ORG"), ("乌军", "ORG"), ("俄军", "ORG"), ("中共", "ORG"), ("莫斯科", "LOC"),
                            ("中共", "ORG")])
    found = [(e.text, e.start) for e in clean_spans(text, spans) if e.text in ("俄军", "中共")]
    assert [name for name, _ in found] == ["俄军", "俄军", "俄军", "中共", "中共"]
    assert text.index("中共六大") not in [start for _, start in found]


def test_a_members_post_left_untagged_right_after_the_name_is_tagged():
    """全国两会召开前夕，金花委员来到青海省都兰县 … 来自杭州市的徐立毅代表透露 (CCTV news of the two sessions: the post the
    person is called by, left untagged): 委员 and 代表 right after a person are the post; not 代表 as the verb "on behalf
    of" before a body, pronoun or person (习近平代表党中央, 李剑代表大家, 赛冲代表西哈莫尼国王), nor a longer word
    (委员会, 代表团)."""
    text = ("全国两会召开前夕，金花委员来到青海省都兰县调研。来自杭州市的徐立毅代表透露，今年改革还有新的目标。"
            "习近平代表党中央致辞。李剑代表大家领奖。赛冲代表西哈莫尼国王致意。王强代表团来访。")
    spans = spans_of(text, [("金花", "PER"), ("青海省都兰县", "LOC"), ("杭州市", "LOC"), ("徐立毅", "PER"),
                            ("习近平", "PER"), ("党中央", "ORG"), ("李剑", "PER"), ("赛冲", "PER"), ("西哈莫尼", "PER"),
                            ("王强", "PER")])
    cleaned = clean_spans(text, spans)
    posts = [(e.text, text[e.start - 3 : e.start]) for e in cleaned if e.type == "TITLE" and e.text != "国王"]
    assert posts == [("委员", "，金花"), ("代表", "徐立毅")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned) if o.title != "国王"] == [
        ("金花", "委员"), ("徐立毅", "代表")]


def test_every_name_on_a_roster_line_after_its_post_holds_the_post():
    """五、中央军事委员会主席、副主席、委员 … 副主席 张又侠 何卫东 (CCTV's list of the Central Military Commission: a roster
    line of the post and names set apart by spaces): each name holds the post; names spaced apart in prose do not
    (副主席张又侠 何卫东说: the line holds more than the post and the names)."""
    text = "名单如下：\n主席 习近平\n副主席 张又侠 何卫东\n委员 李尚福 刘振立 苗华\n会上，副主席张又侠 何卫东说要团结。"
    pieces = [("主席", "TITLE"), ("习近平", "PER"), ("副主席", "TITLE"), ("张又侠", "PER"), ("何卫东", "PER"),
              ("委员", "TITLE"), ("李尚福", "PER"), ("刘振立", "PER"), ("苗华", "PER"), ("副主席", "TITLE"), ("张又侠", "PER"),
              ("何卫东", "PER")]
    found = [(o.name, o.title) for o in extract_officials(text, spans_of(text, pieces))]
    assert found == [("习近平", "主席"), ("张又侠", "副主席"), ("何卫东", "副主席"), ("李尚福", "委员"), ("刘振立", "委员"),
                     ("苗华", "委员")]


def test_a_body_opening_with_the_whole_of_a_unit_is_no_name():
    """县政协主席王新民视察全县养老服务中心建设情况 (a county paragraph: read as one ORG): 全县 (the whole county) names no
    place, so every centre of the county is no body; 全国人大 stays a body."""
    text = "县政协主席王新民视察全县养老服务中心建设情况。全国人大代表李明参加。"
    spans = spans_of(text, [("王新民", "PER"), ("全县养老服务中心", "ORG"), ("全国人大", "ORG"), ("代表", "TITLE"),
                            ("李明", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type in ("ORG", "LOC")] == ["全国人大"]


def test_a_congress_members_post_left_out_after_its_tagged_body_is_tagged():
    """56岁的高淑珍第一次当选全国人大代表 … 增补毕井泉、苗圩为第十三届全国政协委员 (CCTV news: the tagger read the body and
    left the post untagged): 代表 (委员) after a tagged 全国人大 (全国政协) is the post where it makes an official."""
    text = "56岁的高淑珍第一次当选全国人大代表。会议增补毕井泉、苗圩为第十三届全国政协委员。全国人大代表大会开幕。"
    spans = spans_of(text, [("高淑珍", "PER"), ("全国人大", "ORG"), ("毕井泉", "PER"), ("苗圩", "PER"),
                            ("全国政协", "ORG"), ("全国人大", "ORG")])
    cleaned = clean_spans(text, spans)
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("高淑珍", "代表", "全国人大"), ("毕井泉", "委员", "全国政协"), ("苗圩", "委员", "全国政协")]
    assert [e.text for e in cleaned if e.type == "TITLE"] == ["代表", "委员"]


def test_a_place_with_its_unit_read_on_into_the_work_done_there_is_the_place():
    """老人们每天沿着永安溪巡查 (a county paragraph), 紧急安排四川省救灾应急补助, 分管吉林省食品药品监管工作 (CCTV news:
    read as bodies): a place ending in its unit or a water's ending, then words of work with no body in them, is the
    place; a bank's branch (中国银行海南省分行) and a flood headquarters (黄河防总) are bodies."""
    text = ("老人们每天沿着永安溪巡查。紧急安排四川省救灾应急补助。分管吉林省食品药品监管工作。"
            "中国银行海南省分行开业。黄河防总启动响应。")
    spans = spans_of(text, [("永安溪巡查", "ORG"), ("四川省救灾应急", "ORG"), ("吉林省食品药品监管", "ORG"),
                            ("中国银行海南省分行", "ORG"), ("黄河防总", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("永安溪", "LOC"), ("四川省", "LOC"), ("吉林省", "LOC"), ("中国银行海南省分行", "ORG"), ("黄河防总", "ORG")]


def test_a_towns_office_left_untagged_after_the_town_is_one_body():
    """横店镇民政办工作人员陪同走访 (a county paragraph), 浑源县三调办虚假承诺整改, 从北京市南水北调办了解到 (CCTV news): the
    office jieba reads as its field's words and a lone 办 (民政|办) is the place's body, as the written labels tag
    龙游县治水办; 所 and 站 alone only before a post or a mark (城关镇|财政所|所长), and not a verb's 办 (镇|群众|办|实事)."""
    text = ("横店镇民政办工作人员陪同走访。浑源县三调办虚假承诺整改。从北京市南水北调办了解到。城关镇财政所所长李明说。"
            "新桥镇群众办实事。")
    spans = spans_of(text, [("横店镇", "LOC"), ("浑源县", "LOC"), ("北京市", "LOC"), ("城关镇", "LOC"), ("所长", "TITLE"),
                            ("李明", "PER"), ("新桥镇", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans) if e.type in ("LOC", "ORG")] == [
        ("横店镇民政办", "ORG"), ("浑源县三调办", "ORG"), ("北京市南水北调办", "ORG"), ("城关镇财政所", "ORG"), ("新桥镇", "LOC")]


def test_a_person_after_a_post_whose_last_character_jieba_reads_into_the_surname_is_kept():
    """县水利局水政监察大队大队长江海波表示 (a county paragraph): jieba reads 长江 across the post and the name, yet the
    tagged post before the person says where the name starts; 分管日常工作的副院长 (no post before 日) stays no person."""
    text = "县水政监察大队大队长江海波表示，要严格执法。分管日常工作的副院长出席。"
    spans = spans_of(text, [("大队长", "TITLE"), ("江海波", "PER"), ("常工作", "PER"), ("副院长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("大队长", "TITLE"), ("江海波", "PER")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("江海波", "大队长")]


def test_a_place_before_a_quoted_volunteer_team_is_the_place():
    """龙游县横山镇天池村“银龄互助”志愿服务队队长余美华 (a county paragraph, read as one ORG): the team named by its
    quotation is no name (the written labels: 宝塔区 (LOC) “红色讲解员”队), and a span keeps no quotation mark inside
    (LABELS.md), so the place before it is what is left; a quotation and a kind of its own stays (“美洲风暴”篮球队)."""
    text = "龙游县横山镇天池村“银龄互助”志愿服务队队长余美华说。"
    spans = spans_of(text, [("龙游县横山镇天池村“银龄互助”志愿服务队", "ORG"), ("队长", "TITLE"), ("余美华", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("龙游县横山镇天池村", "LOC"), ("队长", "TITLE"), ("余美华", "PER")]


def test_a_residents_name_before_a_predicate_word_is_tagged():
    """茶农叶根土高兴地说 (a county paragraph: the tagger left the name untagged): after the resident word, a name ends
    where a verb, adjective or adverb of jieba's of two characters opens the predicate (高兴, 告诉, 正在), as it ends
    before 说 or a mark; not where the characters after the surname read on into a word (村民王明天…: 明天)."""
    text = "茶农叶根土高兴地说，今年春茶卖了好价钱。村民王明天天都来。果农刘春来告诉记者，今年丰收了。"
    found = [(e.text, e.type) for e in clean_spans(text, [])]
    assert found == [("叶根土", "PER"), ("刘春来", "PER")]


def test_a_scenic_areas_committee_by_its_kind_is_no_name():
    """景区管委会主任郑国平介绍 (a county paragraph: the committee of the scenic area named just before, by its kind):
    LABELS.md tags no bare kind of body (镇政府, 供电所); with its place it is a body (苏州工业园区管委会, the written
    labels)."""
    text = "景区管委会主任郑国平介绍，苏州工业园区管委会副主任顾秋也来了。"
    spans = spans_of(text, [("景区管委会", "ORG"), ("主任", "TITLE"), ("郑国平", "PER"), ("苏州工业园区管委会", "ORG"),
                            ("副主任", "TITLE"), ("顾秋", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "ORG"] == ["苏州工业园区管委会"]


def test_a_local_post_read_into_the_name_after_it_is_the_post():
    """镇里的“河长制”，河长金海涛隔三差五就来巡查 (a county paragraph: the tagger read 河长金海涛 as one person): a river
    chief's, village head's or station head's post read into the name after it is the post, as a minister's is
    (国务卿蒂勒森)."""
    text = "河长金海涛隔三差五就来巡查。所长余建平说，村长周立新也来了。"
    spans = spans_of(text, [("河长金海涛", "PER"), ("所长余建平", "PER"), ("村长周立新", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("河长", "TITLE"), ("金海涛", "PER"), ("所长", "TITLE"), ("余建平", "PER"),
                                                  ("村长", "TITLE"), ("周立新", "PER")]


def test_a_numbered_road_is_a_place_whole():
    """杭绍台高速、S222省道部分路段出现道路结冰。104国道绍兴段已实施交通管制 (a county paragraph: the tagger read S222省
    and left 104国道 untagged): a numbered national, provincial or county road is one LOC, as MSRA tags ３１８国道 and
    国道１０２线 and CLUENER 国道318; a longer place that holds one stays (花都区107国道)."""
    text = "杭绍台高速、S222省道部分路段结冰。104国道绍兴段已实施交通管制。沿花都区107国道前行，国道318线也通了。"
    spans = spans_of(text, [("杭绍台高速", "LOC"), ("S222省", "LOC"), ("绍兴", "LOC"), ("花都区107国道", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("杭绍台高速", "LOC"), ("S222省道", "LOC"), ("104国道", "LOC"), ("绍兴", "LOC"), ("花都区107国道", "LOC"),
        ("国道318线", "LOC")]


def test_an_organ_members_post_before_a_post_of_a_level_body_is_tagged():
    """县政府党组成员、县府办主任周立新出席 (a county paragraph: the tagger left 党组成员 untagged): a Party organ's post
    before 、 and a post whose level body stands between (县府办, no entity) is tagged, as one right before 、 and the
    post is (区政府|党组成员|、副区长黄伟)."""
    text = "副县长吴俊，县政府党组成员、县府办主任周立新出席。"
    spans = spans_of(text, [("副县长", "TITLE"), ("吴俊", "PER"), ("主任", "TITLE"), ("周立新", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [
        ("吴俊", "副县长"), ("周立新", "党组成员"), ("周立新", "主任")]


def test_a_town_whose_name_doubles_its_unit_keeps_it_before_its_party_committee():
    """湖镇镇党委副书记、镇长严建平陪同 (a county paragraph; 龙游县湖镇镇, as 桐乡市乌镇镇: a town known by one character
    and its unit, its official name the unit doubled): the place is 湖镇镇, not 湖镇 and a stray 镇; before 长 the
    doubled character is the mayor's post's (湖镇|镇长), and a longer name still gives a doubled unit back to the word
    it opens (新桥镇|镇政府)."""
    text = "湖镇镇党委副书记严建平陪同。湖镇镇长严建平说。"
    spans = spans_of(text, [("湖镇镇", "LOC"), ("党委副书记", "TITLE"), ("严建平", "PER"), ("湖镇镇", "LOC"), ("长", "TITLE"),
                            ("严建平", "PER")])
    found = [(e.text, e.type) for e in clean_spans(text, spans)]
    assert found[:3] == [("湖镇镇", "LOC"), ("党委副书记", "TITLE"), ("严建平", "PER")]
    assert ("湖镇镇", "LOC") not in found[3:]


def test_a_name_ending_in_zhong_after_the_post_its_holder_holds_is_completed():
    """国务院副总理刘国|中，以及… and 省长王伟|中的专访 (CCTV news; the tagger stopped before 中, which after a name is
    mostly the postposition "in"): right after the post its holder holds and before a mark or 的, 中 ends the name (MSRA
    train: 64 three-character names end in 中, 4 two-character ones stand before it); elsewhere it stays out (村民王强|中
    的多数人, 在李明|中的…)."""
    text = "国务院副总理刘国中，以及中共中央政治局委员出席。广东省省长王伟中的专访。村民王强中的多数人。"
    spans = spans_of(text, [("国务院", "ORG"), ("副总理", "TITLE"), ("刘国", "PER"), ("广东省", "LOC"), ("省长", "TITLE"),
                            ("王伟", "PER"), ("王强", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["刘国中", "王伟中", "王强"]


def test_fruit_and_crops_read_as_places_are_no_entities():
    """村里的芒果产业带动86户群众增收 (national news in the county style; the tagger read 芒果 as a place, as it reads
    百香果 and 荔枝 in CCTV news): a fruit or crop by its name is no entity; no corpus tags one as a place, body or
    person (CLUENER's one 玉米 is its ``name`` type), and a place it grows in stays (田东县)."""
    text = "田东县百谷村里的芒果产业、百香果和马铃薯基地带动86户群众增收。"
    spans = spans_of(text, [("田东县百谷村", "LOC"), ("芒果", "LOC"), ("百香果", "LOC"), ("马铃薯", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["田东县百谷村"]


def test_a_given_name_read_on_into_chairing_as_a_post_goes_back_to_its_surname():
    """全国人大常委会委员长、党组书记栗战书主持会议 named once (CCTV news: 栗 (PER) + 战书 + 主持, both TITLE, merged to
    战书主持) and 主席团常务主席栗战书主持会议 (栗战 (PER) + 书主持 (TITLE)): the name was lost, and with it the posts
    its holder holds; the given name goes back to the person and 主持, chairing, is no post."""
    text = "全国人大常委会委员长、党组书记栗战书主持会议并讲话。"
    spans = spans_of(text, [("全国人大常委会", "ORG"), ("委员长", "TITLE"), ("党组书记", "TITLE"), ("栗", "PER"), ("战书", "TITLE"),
                            ("主持", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("全国人大常委会", "ORG"), ("委员长", "TITLE"), ("党组书记", "TITLE"),
                                                  ("栗战书", "PER")]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [("栗战书", "委员长"), ("栗战书", "党组书记")]
    text = "主席团常务主席栗战书主持会议。"
    spans = spans_of(text, [("主席团", "TITLE"), ("常务主席", "TITLE"), ("栗战", "PER"), ("书主持", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("常务主席", "TITLE"), ("栗战书", "PER")]


def test_a_place_completed_up_to_a_body_named_with_its_own_place_is_part_of_its_name():
    """广西壮族自治区来宾市武宣县东乡镇松响水库工程管理所主任罗骏礼 (CCTV news: 来宾市 left untagged, given to the
    region late) and 建德市新安江街道白沙社区居家养老服务中心里 (a county paragraph: 新安江街|道 read apart, given its 道
    late): once the chain of places reaches the body, whose name opens with a place of its own, the chain is part of the
    body's name (LABELS.md: a place written inside an organization's name belongs to the ORG; 南浔区水利局)."""
    text = "广西壮族自治区来宾市武宣县东乡镇松响水库工程管理所主任罗骏礼说。"
    spans = spans_of(text, [("广西壮族自治区", "LOC"), ("武宣县东乡镇", "LOC"), ("松响水库工程管理所", "ORG"), ("主任", "TITLE"),
                            ("罗骏礼", "PER")])
    found = [(e.text, e.type) for e in clean_spans(text, spans)]
    assert found[0] == ("广西壮族自治区来宾市武宣县东乡镇松响水库工程管理所", "ORG")
    text = "建德市新安江街道白沙社区居家养老服务中心里，志愿者正在为老人们理发。"
    spans = spans_of(text, [("建德市", "LOC"), ("新安江街", "LOC"), ("道", "ORG"), ("白沙社区居家养老服务中心", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("建德市新安江街道白沙社区居家养老服务中心", "ORG")]


def test_a_head_s_post_read_on_into_a_length_word_gives_its_doubled_character_back():
    """杜特尔特此前担任达沃市市长长达22年 (CCTV news: 市长长 read as the post): the second 长 opens 长达 (as long as), and
    the post is 市长; a post that ends in one 长 keeps it (秘书长|达成)."""
    text = "杜特尔特此前担任达沃市市长长达22年。秘书长达成共识。"
    spans = spans_of(text, [("杜特尔特", "PER"), ("达沃市", "LOC"), ("市长长", "TITLE"), ("秘书长", "TITLE")])
    found = [(e.text, e.type) for e in clean_spans(text, spans)]
    assert ("市长", "TITLE") in found and ("市长长", "TITLE") not in found


def test_chairing_read_into_any_post_is_cut_off():
    """中国科学院院士窦国仁主持 read 窦国仁 + 院士主持 (CCTV news: the post is no head's, so the verb stayed in it): chairing
    or attending is no post after any post (院士|主持, 教授|出席)."""
    text = "窦国仁院士主持会议，李明教授出席。"
    spans = spans_of(text, [("窦国仁", "PER"), ("院士主持", "TITLE"), ("李明", "PER"), ("教授出席", "TITLE")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("窦国仁", "PER"), ("院士", "TITLE"), ("李明", "PER"), ("教授", "TITLE")]


def test_a_japanese_full_name_is_not_cut_to_the_surname_named_alone_later():
    """会见日本众议院运营委员长河村建夫。…河村表示 (CCTV news): Japanese news names a person by the family name alone
    after the full name; the full name is not "the name 河村 read on into 建 (a verb)" and stays whole."""
    text = "会见日本众议院运营委员长河村建夫。河村表示，希望推动日中友好。"
    spans = spans_of(text, [("日本众议院", "ORG"), ("委员长", "TITLE"), ("河村建夫", "PER"), ("河村", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["河村建夫", "河村"]


def test_the_start_of_a_name_the_text_mostly_gives_whole_is_not_cut():
    """藏族大学生村官罗州仁青… read as one person seven times and once as 罗州 (LOC) + 仁青 (CCTV news): the one short
    reading made every whole mention "仁青 with the word 罗州 before it" and cut them all; a name the text gives whole
    more often than its rest, twice or more, keeps its start (关怀|李佳莉 beside 李佳莉 is still cut)."""
    text = "村官罗州仁青在前往乡政府途中遇险。罗州仁青担任村委会主任助理。罗州仁青和村干部徒步出发。"
    spans = spans_of(text, [("罗州仁青", "PER"), ("罗州仁青", "PER"), ("罗州", "LOC"), ("仁青", "PER")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "PER"] == ["罗州仁青", "罗州仁青", "罗州仁青"]


def test_a_person_right_after_a_resident_word_outvotes_places_of_the_name():
    """几年前，贫困户吉子尔古面临着… then 吉子尔古所在的…, 吉子尔古家…, 吉子尔古的妻子 (CCTV news: the tagger read the Yi name
    as a person once, right after 贫困户, and as a place three times): a mention right after a resident word says whom
    the name names, as a post before it does (美国总统|奥巴马), where the name ends like no unit or body."""
    text = "几年前，贫困户吉子尔古面临着压力。吉子尔古所在的村子偏远。吉子尔古家开始种植苹果，吉子尔古的妻子也来帮忙。"
    spans = spans_of(text, [("吉子尔古", "PER"), ("吉子尔古", "LOC"), ("吉子尔古", "LOC"), ("吉子尔古", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("吉子尔古", "PER")] * 4


def test_a_preposition_before_a_mongolian_village_stays_out_of_its_name():
    """一个以金祥嘎查为代表的肉牛产业带 (CCTV news: the tagger read 金祥嘎 as a person, and the village's name ran back
    over 以): 以, 由, 沿 or 往 before a 嘎查 or 苏木 ends its name as 在 and 从 do."""
    text = "一个以金祥嘎查为代表的肉牛产业带正在形成。"
    spans = spans_of(text, [("金祥嘎", "PER")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("金祥嘎查", "LOC")]


def test_a_place_read_on_into_a_people_and_its_zu_keeps_the_place():
    """云南德宏州景颇族这两天迎来了… (CCTV news: 德宏州 and 景颇族 tagged as places side by side, merged into one place
    ending in 族 and dropped as a people's name, and with it the prefecture): the people and its 族 are cut off, the
    place stays; an autonomous unit's start stays whole (延边朝鲜族自治州)."""
    text = "云南德宏州景颇族这两天迎来了目瑙纵歌节。吉林延边朝鲜族自治州也很热闹。"
    spans = spans_of(text, [("云南", "LOC"), ("德宏州", "LOC"), ("景颇族", "LOC"), ("吉林延边朝鲜族自治州", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("云南德宏州", "LOC"), ("吉林延边朝鲜族自治州", "LOC")]


def test_a_post_and_its_holder_joined_by_shi_make_an_official():
    """会议执行主席是刘奇葆、帕巴拉·格列朗杰 (CCTV news) and 该村党支部书记是李明 (a county-style sentence): the post held
    through 是 was dropped as held by no one, and no official was read; the post is the name's as where they touch."""
    text = "会议执行主席是刘奇葆、帕巴拉·格列朗杰。该村党支部书记是李明。"
    spans = spans_of(text, [("执行主席", "TITLE"), ("刘奇葆", "PER"), ("帕巴拉·格列朗杰", "PER"), ("党支部书记", "TITLE"),
                            ("李明", "PER")])
    cleaned = clean_spans(text, spans)
    assert ("执行主席", "TITLE") in [(e.text, e.type) for e in cleaned]
    assert [(o.name, o.title) for o in extract_officials(text, cleaned)] == [
        ("刘奇葆", "执行主席"), ("帕巴拉·格列朗杰", "执行主席"), ("李明", "党支部书记")]


def test_a_village_read_on_into_the_village_word_of_its_entrance_or_branch_gives_it_back():
    """一张招贤榜贴在了化屋村村口 and 山东临沂代村村支部书记王传喜 (CCTV news: jieba reads 村村 as one word, so the place ran
    on into the 村 of 村口 and of 村支部书记, and the official's body was 代村村): the village gives the character back,
    as before 村民 and 村集体 (澳角村|村集体)."""
    text = "一张招贤榜贴在了化屋村村口。山东临沂代村村支部书记王传喜带领村民致富。"
    spans = spans_of(text, [("化屋村村", "LOC"), ("山东临沂代村村", "LOC"), ("支部书记", "TITLE"), ("王传喜", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "LOC"] == ["化屋村", "山东临沂代村"]
    assert [o.org for o in extract_officials(text, cleaned)] == ["山东临沂代村"]


def test_a_town_named_with_one_character_keeps_its_doubled_zhen_after_its_county():
    """缙云县壶镇镇党委副书记、镇长应凯 (a county paragraph: the tagger read 缙云县 + 壶镇镇党委, the Party committee went into
    the post and the place 缙云县壶镇镇 was cut to 缙云县壶镇): the one-character town keeps its doubled 镇 after its
    county as on its own (湖镇镇); 城关镇镇|党委书记 still gives up the post's bare level."""
    text = "缙云县壶镇镇党委副书记、镇长应凯表示。仙居县城关镇镇党委书记李明说。"
    spans = spans_of(text, [("缙云县", "LOC"), ("壶镇镇党委", "ORG"), ("副书记", "TITLE"), ("镇长", "TITLE"),
                            ("应凯", "PER"), ("仙居县城关镇镇", "LOC"), ("党委书记", "TITLE"), ("李明", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "LOC"] == ["缙云县壶镇镇", "仙居县城关镇"]
    assert [(o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("党委副书记", "缙云县壶镇镇"), ("镇长", "缙云县壶镇镇"), ("党委书记", "仙居县城关镇")]


def test_a_name_of_a_compound_surname_read_as_a_body_or_place_is_a_person():
    """近日，欧阳春华作为驻村第一书记来到… (a county paragraph: the tagger read the name as an ORG): every gold span of the
    corpora that opens with a compound surname other than 东方 is a person, so one of three or four characters that ends
    like no unit, body or name is a PER; a place so named stays (诸葛镇), and so does a body of 东方 (东方电子)."""
    text = "近日，欧阳春华作为驻村第一书记来到红岩村。上官文杰说，诸葛镇和东方电子也来了。"
    spans = spans_of(text, [("欧阳春华", "ORG"), ("红岩村", "LOC"), ("上官文杰", "LOC"), ("诸葛镇", "LOC"),
                            ("东方电子", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [
        ("欧阳春华", "PER"), ("红岩村", "LOC"), ("上官文杰", "PER"), ("诸葛镇", "LOC"), ("东方电子", "ORG")]


def test_a_span_ending_in_a_whole_term_is_cut_to_its_place_or_dropped():
    """四川卧龙拍摄到全球首例白色大熊猫 and 汶川震区寄养云南大熊猫今日返乡 (CCTV news: the tagger read the colour or the
    province with the protected species as one span): a span that ends with a whole term that names nothing keeps only
    the place before it (云南) and is dropped where none stands there (白色, 海洋|特色小镇); no gold span of the corpora
    ends with such a term. A name that holds one inside stays (成都大熊猫繁育研究基地)."""
    text = "拍摄到全球首例白色大熊猫。寄养云南大熊猫今日返乡。海洋特色小镇项目。参观成都大熊猫繁育研究基地。"
    spans = spans_of(text, [("白色大熊猫", "ORG"), ("云南大熊猫", "LOC"), ("海洋特色小镇", "LOC"),
                            ("成都大熊猫繁育研究基地", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("云南", "LOC"), ("成都大熊猫繁育研究基地", "ORG")]


def test_a_hospitals_departments_named_alone_are_no_bodies():
    """医疗队由东部战区总医院骨科、传染科、口腔科等专家组成 (CCTV news: the departments after the first read as bodies):
    a department named by its kind alone is generic, as 眼科 and 外科 already are; MSRA tags 2 of 11 such bare mentions,
    the written labels none. The hospital's own department keeps its name."""
    text = "医疗队由东部战区总医院骨科、传染科、口腔科等专家组成。"
    spans = spans_of(text, [("东部战区总医院骨科", "ORG"), ("传染科", "ORG"), ("口腔科", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("东部战区总医院骨科", "ORG")]


def test_a_rivers_thaw_and_a_bridges_closure_are_cut_off_the_name():
    """黄河开河步入提速期, 往年乌苏里江开江期都在4月, 四川宜宾临港长江大桥合龙 (CCTV news: the thaw's 开河/开江 and the
    closure's 合龙 read into the river or bridge): the verb is no part of the name; the county 开江 after its province
    stays (四川开江)."""
    text = "黄河开河步入提速期。往年乌苏里江开江期都在4月。四川宜宾临港长江大桥合龙。四川开江县城。"
    spans = spans_of(text, [("黄河开河", "LOC"), ("乌苏里江开江", "LOC"), ("四川宜宾临港长江大桥合龙", "LOC"),
                            ("四川开江县", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["黄河", "乌苏里江", "四川宜宾临港长江大桥", "四川开江县"]


def test_the_party_and_state_leaders_read_with_guojia_are_no_post():
    """党和国家领导人李强、赵乐际、王沪宁出席 (CCTV news: the tagger read 国家领导人 as the TITLE, and every leader became an
    official holding it): the leaders named as a kind hold no post, as with 党和国家|领导人."""
    text = "党和国家领导人李强、赵乐际、王沪宁出席。"
    spans = spans_of(text, [("国家领导人", "TITLE"), ("李强", "PER"), ("赵乐际", "PER"), ("王沪宁", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.type for e in cleaned] == ["PER", "PER", "PER"]
    assert extract_officials(text, cleaned) == []


def test_a_pilot_or_astronaut_before_a_name_is_a_role():
    """所有战机从被极端组织处死的飞行员卡萨斯贝家乡上空飞过 (CCTV news: 飞行员 read as the person's post): a crew's
    members hold no office, as a driver (驾驶员) does not; no official is read."""
    text = "被极端组织处死的飞行员卡萨斯贝的家乡。航天员翟志刚出舱。"
    spans = spans_of(text, [("飞行员", "TITLE"), ("卡萨斯贝", "PER"), ("航天员", "TITLE"), ("翟志刚", "PER")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned] == ["卡萨斯贝", "翟志刚"]
    assert extract_officials(text, cleaned) == []


def test_a_cooperative_named_by_a_rare_word_is_a_body():
    """在和林格尔县的国兴合作社，与企业合作后 (CCTV news: the co-operative was dropped as one named by its kind, as jieba
    tags 国兴 a distinguishing word): a word jieba counts rarely is a trade name, as 仁发合作社; one named by its produce
    stays generic (莲藕合作社)."""
    text = "在和林格尔县的国兴合作社，与企业合作后。村里成立了莲藕合作社。"
    spans = spans_of(text, [("和林格尔县", "LOC"), ("国兴合作社", "ORG"), ("莲藕合作社", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("和林格尔县", "LOC"), ("国兴合作社", "ORG")]


def test_farm_produce_after_its_place_is_cut_off():
    """陕西渭南春玉米相继成熟, 五常大米, 西峡香菇 (CCTV news: the origin read on into its produce, as an ORG or a place):
    the origin is a place used as a modifier and tagged alone (LABELS.md: 富阳|特色); the season before the produce goes
    with it. Not where what is left is no place (乌龙茶)."""
    text = "陕西渭南春玉米相继成熟。从五常大米、西峡香菇说起。乌龙茶种植基地。种下的玉米和春玉米。"
    spans = spans_of(text, [("陕西渭南春玉米", "ORG"), ("五常大米", "LOC"), ("西峡香菇", "LOC"), ("乌龙茶", "LOC"),
                            ("玉米", "LOC"), ("春玉米", "ORG")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)][:4] == [
        ("陕西渭南", "LOC"), ("五常", "LOC"), ("西峡", "LOC"), ("乌龙茶", "LOC")]


def test_a_level_bureau_named_in_more_than_eight_characters_is_its_own_body():
    """龙泉市住建局党组成员、副局长叶海燕，市自然资源和规划局总规划师何建平 (a county paragraph: the second official was given
    the first's 龙泉市住建局, as the head the post refers back from was read eight characters back, 自然资源和规划局,
    without its level): a bureau named by its level is one of its own, however long, and names no entity."""
    text = "龙泉市住建局党组成员、副局长叶海燕，市自然资源和规划局总规划师何建平等一同参加了现场踏勘。"
    spans = spans_of(text, [("龙泉市住建局", "ORG"), ("党组成员", "TITLE"), ("副局长", "TITLE"), ("叶海燕", "PER"),
                            ("总规划师", "TITLE"), ("何建平", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("叶海燕", "党组成员", "龙泉市住建局"), ("叶海燕", "副局长", "龙泉市住建局"), ("何建平", "总规划师", None)]


def test_a_post_of_several_bodies_counted_refers_to_none_of_them():
    """东阳市横店镇横店村与南马镇花园村结对共建，两村党组织书记金国平、邵钦祥签订了共富协议 (a county paragraph: both
    secretaries were given 花园村, the village named last): a head counted (两村) names several bodies, none of them one
    earlier body."""
    text = "东阳市横店镇横店村与南马镇花园村结对共建，两村党组织书记金国平、邵钦祥签订了共富协议。"
    spans = spans_of(text, [("东阳市横店镇横店村", "LOC"), ("南马镇花园村", "LOC"), ("党组织书记", "TITLE"),
                            ("金国平", "PER"), ("邵钦祥", "PER")])
    assert [(o.name, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("金国平", None), ("邵钦祥", None)]


def test_a_numbered_army_unit_read_as_a_person_is_a_body():
    """王尔琢任中国工农红军第4军参谋长 (CCTV news: the tagger read 第4军 as a person, who became an official holding the
    chief of staff's post): a numbered unit of an army is an ORG, which the merge joins to the army before it; the post
    is 王尔琢's."""
    text = "王尔琢任中国工农红军第4军参谋长。"
    spans = spans_of(text, [("王尔琢", "PER"), ("中国工农红军", "ORG"), ("第4军", "PER"), ("参谋长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned] == [("王尔琢", "PER"), ("中国工农红军第4军", "ORG"), ("参谋长", "TITLE")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("王尔琢", "参谋长", "中国工农红军第4军")]


def test_a_held_post_naming_its_own_level_body_takes_no_carried_body():
    """2002年11月到2007年3月任浙江省委书记、省人大常委会主任 (CCTV news: the chair of the provincial congress was given
    浙江省委, carried from the post before it): after a verb of holding, as in a chain of posts before a name, a later
    post that names its own body by level (省人大常委会主任, 县总工会主席) takes no carried body."""
    text = "习近平2002年11月到2007年3月任浙江省委书记、省人大常委会主任。"
    spans = spans_of(text, [("习近平", "PER"), ("浙江省委", "ORG"), ("书记", "TITLE"), ("省人大常委会主任", "TITLE")])
    assert [(o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("书记", "浙江省委"), ("省人大常委会主任", None)]


def test_a_village_water_chief_with_no_body_before_refers_to_the_village():
    """在青田县船寮镇高市村，村级河长陈伟平每天都要沿着小溪巡查一遍 (a county paragraph: no body was read for the post): a
    village's water chief named by the level alone is the chief of the village written before, as the written labels
    give 村级河长 the village (北寨村党支部书记、村级河长于洪涛)."""
    text = "在青田县船寮镇高市村，村级河长陈伟平每天都要沿着小溪巡查一遍。"
    spans = spans_of(text, [("青田县船寮镇高市村", "LOC"), ("村级河长", "TITLE"), ("陈伟平", "PER")])
    assert [(o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [("村级河长", "高市村")]


def test_a_held_post_naming_the_carried_body_by_level_keeps_it():
    """习近平同志任河北省正定县委副书记、县委书记 (CCTV news): a later post that names by level the very body carried
    (县委 of 正定县委) keeps it; only another body's post drops it (省人大常委会主任 after 浙江省委)."""
    text = "习近平同志任河北省正定县委副书记、县委书记，在正定工作。"
    spans = spans_of(text, [("习近平", "PER"), ("河北省正定县委", "ORG"), ("副书记", "TITLE"), ("县委书记", "TITLE")])
    assert [(o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("副书记", "河北省正定县委"), ("县委书记", "河北省正定县委")]


def test_a_surname_read_alone_after_a_post_is_given_the_name_up_to_a_verb():
    """重庆市政协常委吴在学建议 and 农业农村委主任委员杜家毫作了说明 (CCTV news: the tagger stopped after the surname, and
    the post was dropped as held by no one): the surname takes the one or two characters up to a verb of a report, and
    the holder is an official. Not a surname before an honorific (张书记) nor one before 在 and a place (王在北京)."""
    text = "重庆市政协常委吴在学建议，深化合作。主任委员杜家毫作了说明。县长王在北京调研。"
    spans = spans_of(text, [("重庆市政协", "ORG"), ("常委", "TITLE"), ("吴", "PER"), ("主任委员", "TITLE"), ("杜", "PER"),
                            ("县长", "TITLE"), ("王", "PER"), ("北京", "LOC")])
    cleaned = clean_spans(text, spans)
    assert [e.text for e in cleaned if e.type == "PER"] == ["吴在学", "杜家毫"]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("吴在学", "常委", "重庆市政协"), ("杜家毫", "主任委员", None)]


def test_a_peoples_name_read_as_a_place_before_its_zu_is_dropped_whole():
    """民乡村艺术团还为游客展示塔吉克族的民族文化 (CCTV news: the people's name read as a place was cut to 塔吉, whose 克
    jieba reads into 克族, and the piece kept as a place): a place before 族 is not cut back, so the people's name goes
    whole."""
    text = "民乡村艺术团还为游客展示塔吉克族的民族文化。"
    spans = spans_of(text, [("塔吉克", "LOC")])
    assert clean_spans(text, spans) == []


def test_a_name_after_an_age_read_as_a_place_is_a_person():
    """71岁的黎国宜是湖北神农架居民 (CCTV news: the name read as a place, then cut to 黎国): a span after an age and 的
    that reads as a common surname and given name is a person; places have no age."""
    text = "71岁的黎国宜是湖北神农架居民。"
    spans = spans_of(text, [("黎国宜", "LOC"), ("湖北神农架", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("黎国宜", "PER"), ("湖北神农架", "LOC")]


def test_a_new_county_seat_after_a_county_named_short_is_the_county():
    """在汶川新县城，李长春看到… and 焕然一新的四川北川新县城 (CCTV news: the seat's 城 alone was cut, leaving 汶川新县 and
    四川北川新县, as 新县 is a county too): the new county seat of a county named short is that county."""
    text = "在汶川新县城，李长春看到了新居。焕然一新的四川北川新县城。"
    spans = spans_of(text, [("汶川新县城", "LOC"), ("李长春", "PER"), ("四川北川新县城", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "LOC"] == ["汶川", "四川北川"]


def test_a_committee_whose_wei_alone_went_into_its_chairs_post_is_given_back():
    """农业农村委主任委员杜家毫作了说明 (CCTV news: the tagger read 委 + 主任委员 as the post and left 农业农村 untagged;
    the merged post 委主任委员 had no body): the committee takes its 委 back with the field before it."""
    text = "全国人大农业农村委提出了议案。农业农村委主任委员杜家毫作了说明。"
    spans = spans_of(text, [("全国人大农业农村委", "ORG"), ("委", "TITLE"), ("主任委员", "TITLE"), ("杜", "PER")])
    cleaned = clean_spans(text, spans)
    assert [(e.text, e.type) for e in cleaned][1:] == [("农业农村委", "ORG"), ("主任委员", "TITLE"), ("杜家毫", "PER")]
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [("杜家毫", "主任委员", "农业农村委")]


def test_a_post_in_brackets_after_its_holder_is_kept():
    """参加座谈的有：王国平（县委副书记）、李红梅（副县长）、张立强（县水利局局长） (a county paragraph: the posts were
    dropped as held by no one): a post in brackets right after a name, also after a bureau named by its level, is that
    person's, and each holder is an official."""
    text = "参加座谈的有：王国平（县委副书记）、李红梅（副县长）、张立强（县水利局局长）。"
    spans = spans_of(text, [("王国平", "PER"), ("县委", "ORG"), ("副书记", "TITLE"), ("李红梅", "PER"), ("副县长", "TITLE"),
                            ("张立强", "PER"), ("县水利局", "ORG"), ("局长", "TITLE")])
    cleaned = clean_spans(text, spans)
    assert [(o.name, o.title, o.org) for o in extract_officials(text, cleaned)] == [
        ("王国平", "县委副书记", None), ("李红梅", "副县长", None), ("张立强", "局长", None)]


def test_a_post_held_at_a_place_after_zai_takes_the_place_as_its_body():
    """曾在四川省阿坝州黑水县芦花镇热拉村担任驻村第一书记的吕怡达, 在四川省甘孜州色达县挂职任县委副书记的桂志敬 (CCTV news:
    the posts were read with no body): the place after 在 with a verb of holding between it and the post is the post's."""
    text = "曾在四川省阿坝州黑水县芦花镇热拉村担任驻村第一书记的吕怡达发言。在四川省甘孜州色达县挂职任县委副书记的桂志敬也发言。"
    spans = spans_of(text, [("四川省阿坝州黑水县芦花镇热拉村", "LOC"), ("驻村第一书记", "TITLE"), ("吕怡达", "PER"),
                            ("四川省甘孜州色达县", "LOC"), ("县委副书记", "TITLE"), ("桂志敬", "PER")])
    assert [(o.name, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("吕怡达", "四川省阿坝州黑水县芦花镇热拉村"), ("桂志敬", "四川省甘孜州色达县")]


def test_the_poetic_north_before_a_city_is_cut_off():
    """这里不是江南水乡，而是北国长春 (CCTV news: 北国, the north, read into the city): a descriptor of what the place is,
    cut off as 古城|西安 is; no gold span of the corpora opens with 北国 or 南国."""
    text = "这里不是江南水乡，而是北国长春。"
    spans = spans_of(text, [("江南", "LOC"), ("北国长春", "LOC")])
    assert [e.text for e in clean_spans(text, spans)] == ["江南", "长春"]


def test_a_village_head_with_no_body_is_the_head_of_the_village_the_sentence_is_set_in():
    """在广西陆川新旺村，从城市返乡的村支书沈靖凯… and 在北川东部的紫霞村，针对枣树的病虫害，第一书记黄媛媛… (CCTV news: the
    posts were read with no body): a village's or community's head post that names no body of its own is held for the
    village the sentence is set in after 在, as the written labels read 在芙蓉村，党支部书记金晓东; not the township's
    post of a sentence set in a village (在拉萨吞达村，乡党委书记…)."""
    text = ("在广西陆川新旺村，从城市返乡的村支书沈靖凯带头种植。在北川东部的紫霞村，针对枣树的病虫害，第一书记黄媛媛请来专家。"
            "在拉萨吞达村，乡党委书记康桑达瓦讲解政策。")
    spans = spans_of(text, [("广西陆川新旺村", "LOC"), ("村支书", "TITLE"), ("沈靖凯", "PER"), ("紫霞村", "LOC"),
                            ("第一书记", "TITLE"), ("黄媛媛", "PER"), ("拉萨吞达村", "LOC"), ("党委书记", "TITLE"),
                            ("康桑达瓦", "PER")])
    assert [(o.name, o.title, o.org) for o in extract_officials(text, clean_spans(text, spans))] == [
        ("沈靖凯", "村支书", "广西陆川新旺村"), ("黄媛媛", "第一书记", "紫霞村"), ("康桑达瓦", "党委书记", None)]


def test_a_place_read_on_into_going_public_or_many_places_is_cut_back():
    """中国邮政储蓄银行今天在香港上市 and 以军袭击黎多地造成95人丧生 (CCTV news: 上市, which jieba tags as a place, and 多地,
    many places, read into the place): the place alone stays."""
    text = "中国邮政储蓄银行今天在香港上市。黎巴嫩卫生部称，以军袭击黎多地造成95人丧生。"
    spans = spans_of(text, [("中国邮政储蓄银行", "ORG"), ("香港上市", "LOC"), ("黎巴嫩卫生部", "ORG"), ("以军", "ORG"),
                            ("黎多地", "LOC")])
    assert [e.text for e in clean_spans(text, spans) if e.type == "LOC"] == ["香港", "黎"]


def test_a_villages_memory_hall_read_as_a_place_is_a_body():
    """天台县平桥镇张思村的“乡村记忆馆”今年接待游客超过5万人次 (a county paragraph: the hall read as a place): a named
    memory, display or exhibition hall is a body, as the written labels tag 它山堰水利文化展示馆; the quotes stay outside."""
    text = "天台县平桥镇张思村的“乡村记忆馆”今年接待游客超过5万人次。"
    spans = spans_of(text, [("天台县平桥镇张思村", "LOC"), ("乡村记忆馆", "LOC")])
    assert [(e.text, e.type) for e in clean_spans(text, spans)] == [("天台县平桥镇张思村", "LOC"), ("乡村记忆馆", "ORG")]
