"""Cleanup of decoded entity spans, the way LABELS.md reads names.

The small tagger puts spans a character off, reads a post into its body or a
verb into a place, and tags what LABELS.md leaves untagged (generic words,
bodies named by their level alone, names inside slogans and titles). These
rules, applied to every text the tagger reads (:func:`clean_spans`), repair
that; :data:`CLEANUP_READING` says what they do, in each model folder's
``zhpolicy.json`` and card. They were chosen on the dev sets, the written
train split and probe sentences, never on a test split; this folder's
README.md lists each with the figures it moved.

The rules live in modules by the kind of span they act on: ``places``,
``bodies``, ``people`` and ``posts``; ``retyping`` (a span read as the wrong
type), ``boundaries`` (where a span of any type starts and ends),
``mentions`` (a name read one way through a whole text) and ``common`` (the
word lists and tests they share). :func:`clean_spans` here applies them in
an order that matters: each rule sees the spans the rules before it left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from zhpolicy.data.records import Entity
from zhpolicy.data.spans import flat, merge_adjacent

from .bodies import (
    adverb_off_body,
    affiliated_body_made_whole,
    alliance_station_named_whole,
    armed_group_as_organization,
    asia_of_the_asian_games_off,
    body_completed_to_jiebas_word,
    body_ending_returned,
    body_read_on_into_a_late_verb,
    body_read_on_past_a_verb,
    branch_of_a_group_made_whole,
    campus_into_its_body,
    committee_word_given_its_hui,
    company_after_what_it_is,
    company_named_by_its_short_name,
    congress_made_whole,
    cooperative_named_by_its_place,
    cut_activity_off_body,
    cut_attending_a_meeting,
    cut_authors_note_off_body,
    cut_holding_verb_off_body,
    cut_indefinite_organization,
    cut_level_before_government,
    cut_preposition_off_body,
    cut_role_off_body,
    cut_verb_before_a_body,
    cut_verb_off_body,
    departments_set_up_inside_a_body,
    determiner_off_body,
    flood_headquarters_named_by_its_place,
    grade_off_a_school,
    group_army_made_whole,
    group_named_whole,
    host_of_an_event,
    is_bare_venue_head,
    is_central_conference_subject,
    is_character_closing_the_word_before,
    is_company_named_by_its_trade,
    is_event_name,
    is_level_body,
    is_level_body_joined_to_a_person,
    is_plenary_session,
    is_sector_members,
    is_workshop_named_by_its_kind,
    joint_consultation_off_a_body,
    jointly_off_a_body,
    meeting_off_body,
    member_or_deliberation_off_body,
    named_fund,
    names_parted_at_by_or_jointly_with,
    national_body_made_whole,
    office_of_a_named_body_made_whole,
    paper_named_by_its_place,
    party_members_team_made_whole,
    place_completed_up_to_a_body,
    place_into_organization,
    section_into_its_body,
    short_mention_of_a_named_body,
    short_name_declared_after_a_body,
    situation_word_off_body,
    split_joint_organizations,
    substation_named_after_its_voltage,
    unique_body_before_its_unit,
    unique_body_off_a_one_character_word,
    unique_body_read_in_part,
    unique_body_read_in_pieces,
    unique_body_read_on_into_a_word,
    untagged_medium_of_a_dateline_or_source,
    untagged_unique_body,
    verb_off_a_unique_body,
    working_committee_into_its_body,
    zone_committee_made_whole,
)
from .boundaries import (
    company_named_with_its_group_in_brackets,
    complete_name_endings,
    cut_appointed_as,
    cut_at_a_count,
    cut_at_unclosed_bracket,
    cut_before_a_term,
    cut_dispatch,
    cut_function_character,
    cut_leading_verb,
    cut_list_count,
    cut_time_word,
    cut_trailing_date,
    cut_word_overrun,
    ends_in_a_whole_term,
    first_character_of_next_word_off_name,
    in_idiom,
    in_latin_prose,
    is_document_number_prefix,
    is_figure_only,
    is_livelihood_field,
    is_quoted_machine_name,
    is_quoted_numbered_product,
    is_quoted_volunteer_team,
    is_reduplicated_measure,
    is_related_to_a_kind_of_affairs,
    is_satellite_system_before_its_word,
    is_spacecraft_name,
    is_title_of_a_work,
    joiner_cut_off_a_name,
    joiner_off_a_name_before_the_next_post,
    media_title_closed,
    name_ending_on_a_words_first_character,
    name_given_its_last_character_wa,
    name_joined_across_brackets,
    name_opening_a_longer_word,
    name_parted_at_a_joiner_but_tagged_whole_elsewhere,
    name_read_one_character_on,
    name_start_given_back,
    name_word_read_in_pieces,
    native_place_marker_off_a_post,
    now_or_former_off_a_body,
    paired_marks_kept,
    paper_named_alone,
    particle_de_off_a_name_end,
    place_before_a_quotation,
    place_ended_before_its_de,
    place_off_a_quoted_volunteer_team,
    place_read_on_by_one_character,
    places_parted_at_de,
    preposition_off_a_dotted_name,
    preposition_off_name,
    quoted_name_opened_before,
    split_at_clause_marks,
    split_at_list_joiners,
    split_at_whitespace,
    split_names_at_joiner,
    strip_edge_punctuation,
    strip_numeral_edges,
    strip_unpaired_quotes,
    verb_end_off_name,
    verb_opening_a_name_late,
    without_leading_de,
    without_trailing_de,
)
from .common import (
    DIRECTIONS,
    FESTIVALS,
    GENERIC_WORDS,
    RESIDENT_WORDS,
    ROLES,
    TAKING_A_POST,
    country_as_place,
    cut_trailing_common_noun,
    embankment_off_its_water,
    in_book_title,
    in_quoted_programme,
    in_term_with_no_name,
    is_breed_in_a_list,
    is_cjk,
    is_fragment,
    is_generic,
    opens_with_the_whole_of_a_unit,
    overlaps_another,
    place_before_its_whole_unit,
    untagged_post_after_a_body,
)
from .mentions import (
    clause_opener_off_a_name_tagged_elsewhere,
    consistent_names,
    other_mentions_of_people,
    person_cut_to_its_name_tagged_elsewhere,
    person_named_again_before_a_post,
    person_read_whole_where_tagged_in_part,
    pieces_of_a_name_tagged_whole_elsewhere,
    post_after_a_person_tagged_elsewhere,
    tag_other_mentions,
    untagged_person_in_a_list,
    untagged_person_named_throughout,
    untagged_place_or_body_in_a_list,
)
from .people import (
    caption_speaker_names,
    compound_surname_joined_to_its_given_name,
    compound_surname_names_read_whole,
    credit_line_names,
    is_ethnic_group,
    is_measure_zhang_read_as_person,
    is_people_in_a_list_of_peoples,
    is_person_across_words,
    is_resident,
    is_word_read_as_person,
    listed_person_made_whole,
    name_end_given_back_by_a_post,
    name_end_read_into_a_school_word,
    name_given_its_he_before_a_mark,
    name_off_the_zuo_of_a_report,
    name_out_of_team,
    names_listed_with_spaces,
    one_character_name_joined_across_he,
    people_off_a_place,
    people_off_their_place,
    peoples_body_completed,
    person_and_body_read_across_a_list,
    person_before_a_villager_apposition,
    person_completed_by_a_character,
    person_completed_through_the_text,
    person_completed_to_jiebas_name,
    person_cut_before_a_breach,
    person_cut_before_a_place_or_adverb,
    person_cut_before_serving_as,
    person_cut_to_its_name,
    person_ending_on_a_verbs_first_character,
    person_given_its_last_character_before_speaking,
    person_given_its_surname,
    person_inside_a_route,
    person_listed_among_places,
    person_named_by_the_end_of_a_full_name,
    person_named_like_a_place,
    person_opened_by_a_place_abbreviation,
    person_out_of_a_body_read_on_from_it,
    person_out_of_place,
    person_read_as_a_body,
    person_read_on_into_going_to_a_unit,
    persons_joined_at_a_hyphen,
    place_after_a_preposition_read_as_a_person,
    place_and_person_read_apart,
    preposition_off_a_transliterated_place,
    province_and_place_read_as_person,
    resident_out_of_place,
    residents_off_place,
    roster_names,
    split_joined_people,
    surname_completed_before_a_verb,
    surname_completed_to_its_name,
    tibetan_name_completed,
    tibetan_person_read_as_place,
    transliterated_name_read_in_two,
    transliteration_cut_before_a_function_word,
    untagged_byline_names,
    untagged_resident_name,
    verb_before_a_model_person_off,
)
from .places import (
    around_word_off_place,
    bodies_completed_to_their_schools,
    body_standing_where_only_a_place_does,
    campaign_word_off_a_place,
    city_after_its_province,
    city_before_its_own_heads_post,
    city_read_in_part,
    civilization_off_a_place,
    county_named_alone,
    county_scenic_area,
    crossing_or_bordering_verb_off_a_place,
    cut_inside_a_number,
    cut_place_area_word,
    cut_place_at_predicate,
    date_off_place,
    descriptor_off_a_place,
    ethnic_township_given_its_name,
    event_venue_places,
    foreign_city_read_as_body,
    free_trade_zone_named_whole,
    government_read_as_place,
    in_developing_country,
    international_venue_or_place,
    is_compass_point,
    is_direction_and_about,
    is_kind_before_one_of,
    is_language_name,
    is_place_abbreviation,
    is_rural_revitalization_read_as_a_place,
    is_time_zone,
    is_typhoon_name,
    is_xinxiang_read_in_a_village_worthy,
    kind_of_village_off_a_chain,
    listed_organization_as_place,
    listed_place_made_whole,
    mongolian_village_or_township,
    name_ending_inside_a_word,
    name_stopping_inside_a_word,
    natural_area_word_into_its_place,
    numbered_road_made_whole,
    numbered_road_tagged,
    one_character_town_given_its_word_start,
    opens_with_party_and_state,
    park_word_into_its_place,
    particle_off_a_place,
    place_abbreviation_off_a_body,
    place_and_its_numbered_road_parted,
    place_before_a_fragment,
    place_before_a_kind,
    place_cut_before_a_word_it_opens,
    place_ending_inside_a_place_named_elsewhere,
    place_given_its_unit,
    place_named_after_its_descriptor,
    place_named_where_only_a_place_stands,
    place_of_related_affairs,
    place_off_a_late_common_noun,
    place_off_a_word_after_it,
    place_off_its_law_or_states,
    place_off_its_standing,
    place_read_as_a_person_before_its_whole_unit,
    place_read_on_into_a_common_verb_late,
    place_read_on_into_a_verb,
    place_read_on_into_its_produce,
    place_read_on_into_the_work_done_there,
    place_read_short_of_its_water_or_mountain,
    place_run_into_a_named_place,
    place_short_names,
    place_start_returned_to_word,
    place_word_start_returned,
    places_counted_cut_off,
    places_parted_at_a_middle_dot,
    produce_off_its_place,
    province_as_place,
    province_part_completed,
    provinces_abbreviated_off_a_project,
    region_word_read_in_part,
    river_and_its_section_parted,
    route_and_its_place_parted,
    route_and_place_parted,
    route_run_on,
    route_word_off_the_second_of_two_places,
    rural_revitalization_off_a_place,
    shared_future_off_its_states,
    short_place_read_as_a_body,
    side_off_a_place,
    split_places_at_a_joiner,
    split_places_at_area_word,
    state_and_its_body_read_apart_joined,
    state_name_completed,
    state_name_joined,
    state_named_with_and_joined,
    state_side_as_place,
    states_counted_out_of_a_body,
    states_off_their_trade_agreement,
    states_side_by_side_parted,
    stationed_place_parted,
    thaw_or_closure_off_a_name,
    town_government_left_untagged,
    town_inside_a_chain,
    town_reservoir_named_whole,
    two_states_as_place,
    untagged_places_of_an_elided_list,
    untagged_reservoir,
    untagged_state_or_province,
    untagged_unit_of_an_unknown_name,
    venue_beside_a_place_cut,
    village_after_a_chain,
    village_given_its_numeral_start,
    visit_destination,
    water_named_by_one_character,
    water_off_its_river,
)
from .posts import (
    affairs_post_made_whole,
    bare_kind_off_a_post,
    body_left_out_between_its_state_and_a_post,
    body_tail_into_post,
    body_word_into_post,
    charge_cut_off_post,
    chief_officers_post_read_into_a_name,
    committee_into_post,
    committee_joined_across_he,
    committee_of_a_place_out_of_its_post,
    committee_out_of_chair_post,
    committee_read_as_a_post,
    committee_word_out_of_a_post,
    comrade_off_person,
    country_before_post,
    cut_post_at_verb,
    cut_rank_level,
    date_off_a_person_or_post,
    democratic_party_read_as_a_person,
    director_named_he,
    doubled_level_committee_into_post,
    envoy_post_off_place,
    former_off_a_post,
    former_out_of_body,
    former_party_post_made_whole,
    given_name_out_of_post,
    graded_water_chief_made_whole,
    head_of_unit_left_after_place,
    head_of_unit_out_of_place,
    heads_zhang_given_back_to_a_post,
    holder_read_as_body,
    holder_read_as_place,
    holder_read_as_place_after_his_surname,
    in_residence_into_post,
    institution_named_before_post,
    is_post_as_a_kind,
    is_post_beside_no_one,
    is_post_fragment,
    is_representing_verb,
    is_unheld_post,
    japanese_name_after_a_post,
    leader_read_as_place,
    leader_read_as_place_or_body,
    member_post_after_a_name_read_as_body,
    minister_read_apart_from_his_ministry,
    name_end_read_as_a_post_piece,
    name_out_of_leaders_post,
    name_start_out_of_post,
    organ_member_completed,
    party_member_before_a_listed_post,
    party_organ_into_post,
    person_read_on_into_a_post,
    place_and_post_out_of_a_person,
    place_before_its_level_post,
    place_out_of_post,
    portfolio_into_members_post,
    post_after_a_late_name,
    post_listed_after_a_post,
    post_out_of_body,
    post_out_of_person,
    post_pieces_joined,
    post_read_as_a_body,
    post_read_in_single_characters,
    post_read_into_person,
    post_word_start_returned,
    posts_side_by_side_joined,
    presidium_out_of_its_post,
    rank_before_a_post_into_it,
    representing_verb_dropped,
    representing_verb_off_a_post,
    resident_post_given_its_zhucun,
    return_doubled_post_character,
    split_committee_member,
    state_abbreviation_before_its_post,
    unique_body_read_into_the_post_after_it,
    untagged_congress_member,
    untagged_deputy_before_a_person,
    untagged_envoy_post,
    untagged_holder_after_a_post,
    untagged_leader_before_his_post,
    untagged_member_post_after_a_name,
    untagged_post_before_a_person,
    untagged_post_held_by_a_person,
    verb_cut_off_post,
    village_committee_post_opening_a_list,
    word_after_a_held_post,
    world_news_post_before_a_person,
)
from .retyping import (
    country_before_its_athletes_as_place,
    executive_acronym_as_post,
    is_platform,
    retyped,
)

#: What the cleanup does, as a model folder records it (its ``reading``).
CLEANUP_READING = (
        "spans of no Chinese character in a stretch of six Latin words or more dropped first (English prose: common words read as people), "

        "single characters read as persons right before a name that spell a post typed as the post (政治局常|委|李强 → 常委 + 李强), and so a company officer's acronym read as a person (联合创始人兼|CEO|高靖 → CEO + 高靖), spans split at a comma or full stop inside them (岫云村，|村党支部书记), a post at the 、 of a list or at 兼 (书记、|国务委员, 副主席兼|秘书长, also where the tagger read 兼 with the first: 副委员长兼|秘书长; not 正、副主任) and a body after a place or body of three characters or more, a national or international body or a Latin name (四川省、|生态环境部, 联合国、|二十国集团, IBM、|华为; not 墨西哥环境、自然资源和渔业部), and people at each of theirs (李连成、|高建军), and at whitespace (骆佳怡 金晨光; a two-character name padded to three stays: 王　伟, and a Latin name of capitalized words: Tim Cook; an ORG's piece before a line break that names nothing dropped: 南海战斗巡航|⏎中国空军) and an unpaired quotation mark, clause punctuation or an unpaired bracket cut off their edges (“银发志愿服务队, 副总理；, 记者姜葳）), and the particle 的 off a place's or body's end (苏鲁豫皖交界的|徐州东高农产品市场; not 波罗的 of 波罗的海), a name quoted in part given its opening mark where it ends like a body, team, ship or satellite (八一”飞行表演队 → “八一”飞行表演队), a quoted slogan read on past its close dropped (十四五”开局, 十五五”开好局), and a name read into a quotation it opens cut before the mark (杜富国|“排雷英雄), a span holding one mark of a 《》 title closed where the title closes right after it (英国《金融时报|》) or, opened inside the title and run past its close, cut to the paper's name (《|太阳报》编辑部 → 太阳报), and a span cut at a bracket it opens and does not close (央视网|(新闻联); a listed place given the first character left out after 、 (龙岗镇、岛|石镇), or the rest of its word (、建|德等地; not a state's or province's abbreviation: 拳击、泰|拳), a place of one character before a water's ending that jieba reads apart and knows no word of read as the water (元|荡 → 元荡, 元荡湖; not 封河), and so tagged at its other mentions, and a town left untagged inside a chain of places made part of it (龙泉市|兰巨乡|官埔垟村; also its unit word alone: 龙泉市兰巨|乡|官埔垟村), and a village or community left untagged at a chain's end (荣县|筲箕嘴村, 民和县中川乡|草滩村; not a clause going on or a kind of village: 保定市|派出驻村, 仪陇县|贫困村), and so a town after its county (平安县|三合镇) and an ethnic township named by its peoples with the village after it (六枝特区|落别布依族彝族乡板照村), a province and a city of it left untagged right after it, or read as a person or body, one place (在黑龙江|绥化, 浙江省|宁波市, 宁夏|吴忠 (PER); not another province's city: 北京|朝阳), a short ORG listed between places a place (石浦、高塘、鹤浦), and one of any length closing a list of places before 等地 (库皮扬斯克、红利曼|等地), a place or body opened inside a dictionary place word given the word's start (仪|陇县委组织部; not a verb: 符合|中国, nor a joiner: 欧美|和澳洲; also one whose start was read in pieces or left untagged inside a dictionary name of a place or body, late: 北|达|科他州, 以|色|列国防军; not 中国|工商银行; also a body or place opening with a numeral the numerals before it: 二|十国集团 → 二十国集团; also a noun of three characters or more that a body or unit opening inside it ends after, where the span opens with no word of its own: 上海合作组织成员|国元首理事会, 过|敏症和传染病研究所; not 非|工会), and so a post that is no word itself and ends like one (外|交部长, 审计署审|计长; also where the word's first character was read as a body: 兼|外 (ORG)|交部长 → 外交部长; a verb's piece cut off instead: 当|选总统; also where the body before holds them and the rest names it: 德国财|政部长 → 德国 + 财政部长, 交流中心总经|济师, also a hospital's department: 附属医院病|理科主任 → 附属医院 + 病理科主任; not a level's committee: 莲都|区委书记); a doubled character before a post given back to the body (能源科|科长), or to the post (民兵应急连|连长), with an untagged sub-unit before it (管理局登记注册科|科长), a sub-unit's ending read into the post given to the body with the sub-unit (北京儿童医院超声科|主任), a post's bare level word read into the place before it left out (上罗镇|镇|党委书记; not a village's own name: 合村村); a post read across a body and a name "
        "split out (实验小学|校长|葛丽萍), a given name read as a post after its surname given back to the person (栗|战书 → 栗战书, 栗|战书委员长 → 栗战书 + 委员长, 栗|战书主持 → 栗战书, chairing no post, also where the text names him nowhere else; not a role or a post after a surname: 陈|教授, 杨|镇长), a name the text tags as a person elsewhere read on into the post after it parted from the post (栗|战书主持 → 栗战书 + 主持, 栗战书委员长 → 栗战书 + 委员长), a congress's presidium read into its chairman's post given back to the body (大会|主席团常务主席 → 大会主席团 + 常务主席), a person read with the post before it, and the post's state or province, split into place, post and name (吉林|省长|景俊海, 美国|国务卿|蒂勒森, a local head's too: 河长|金海涛; an emir's title after the name too: 纳瓦夫|埃米尔), a school or hospital read into a post cut off it (广场路|小学校长 → 校长; not a student's word: 大学生村官, 小学生家长) and tagged with the road's or place's name before it (广场路小学), a body's last character taken by the post given back (广场路小|学校长 → 广场路小学 + 校长, 新加坡国|会议长), and an office its 办 (社会事务|办主任 → 社会事务办 + 主任); the visit verb, and what a span ran on into after it, cut off (陈敏来|浙调研 → 陈敏, 浙; 到|衢州调研防汛防台 → 衢州) and a name's 来 given back (尹积军来|湖州调研 → 尹积军), a name's last character read into a team given back (张国|平团队), and a person's team read as one ORG the person (唐胜忠|团队, 张连钢|和团队), and a team read as one ORG its leader or the body a described team belongs to, or nothing (付守芝|团队, 天津农科院|科研团队, 王建平|教授团队); a LOC running straight into an ORG "
        "made part of it (not into an international body or a news agency: 斯特拉斯堡|欧盟首脑会议, 访华|新华社北京电), a part of a province cut before its second direction given it (浙西|南 → 浙西南; not 陕西|北部), a county read as a body without the unit the text names it with elsewhere a place (泰顺县… 泰顺 (ORG)|现存 → LOC), a later mention of a school, hospital, care home or company by its own name without its place an ORG (宁波市效实中学 … |效实中学|党委书记; not a kind: 中心敬老院), an untagged zone word, ranked or not, after a place made part of it (丽水|经济技术开发区, 之江|国家级旅游度假区), and a zone named by its purpose (长三角|生态绿色一体化发展示范区, 江西|内陆开放型经济试验区, 中缅|边境经济合作区; not a predicate or a list: 浙江|打造…示范区, 渑池县|等…示范区), a place that ends in its unit and reaches a body named with a place of its own only late part of the body's name (广西壮族自治区|来宾市|武宣县东乡镇…管理所, 建德市新安江街|道|白沙社区居家养老服务中心), a body read from inside the zone word given place and zone (楠溪江国家级风景|名胜区管理委员会), and into its own untagged body (长兴县|人民政府, 丽水市|水利局, 五里镇|政府, 西坑村|股份经济合作社, 东山街道社区|卫生服务中心, a town's or county's office read as its field and a lone 办, 所 or 站 before a mark, post, staff or its work: 横店镇|民政办|工作人员, 城关镇|财政所|所长; also where the tagger read the place alone as an ORG: 大同市 (ORG)|人民政府; and a local government read whole as a place is the body: 郴州马头岭乡政府 (LOC), while a state's is the state, as MSRA tags it: 科特迪瓦|政府), also one named by nouns up to a venue's ending (温州市|少年宫, 红安县|党性教育中心, also where the tagger stopped on the first character of the venue's name: 红安县党|性教育中心; not 武汉市|有关定点医院); a group's name before 武装 read as a place or person an ORG with the word (胡塞|武装; not 巴勒斯坦|武装, 科索沃|武装冲突), a group abroad named without a body word, alone or after its country, read as a place or person an ORG (哈马斯, 塔利班, 阿富汗塔利班), a person the text tags elsewhere split out of a place or body the tagger read on from the name into a verb, adverb, conjunction or 第 (内塔尼亚胡|未能组阁, 张连钢|和团队, 韩卫国|第十四届全国政协; not a body named after a person: 宋庆龄基金会, nor a verb before what ends like a body: 特朗普竞选团队), a joiner jieba reads alone cut off the start of a place, body or person read on from it after a span or a noun (会议|和|二十国集团, 周边|和|汾渭平原; also anywhere where the text tags the rest as the same type: 不用迁走，|和|潭门村 beside 潭门村; a person only where a post follows or the text tags the rest: 习近平总书记|和|阮富仲|总书记, or a leader's post or 第一书记 left untagged: 习近平总书记|和|劳尔第一书记, also where jieba reads the joiner into the name's word between two posts: 习近平主席|和普京|总统; not 局长|和志明, 在|和兴街道; and one read onto a name's end between a post and the next post and its holder: 省委书记|许勤和|省长梁惠玲 → 许勤), an ORG that is only a place name made a LOC (泽雅镇; also a province and a city or county named without the unit jieba knows it with: 辽宁海城; not a ministry that ends like a province: 日本外务省), also a province named alone once the spans are whole, but for a team in a clause of sport (天津|组织专家学者; not 四川与浙江男排), and so one of China's cities jieba reads alone before no body's word (欠|南昌|一家公司; not 广州|局调度所, 广元|舰), and a country, but in a text of sport (not counting common words that hold a word of sport: 部队, 全球, 胜利, 同比分别, 战胜疫情, 一盘棋, 决胜, 方队, 月球) or where jieba reads it into a word with what follows (对|韩国|进行国事访问, 日本|东北部下大雪 beside 一场 and 部队; not 挪威本轮主场面对荷兰, 中国共产党), and so a region of the world (美国驻欧洲和|非洲|海军司令, 把|海湾|国家; not listed with a body: 汇丰、花旗、|东亚, nor opening a body's name further on: 欧洲|安全与合作组织), and a PER listed among places with 、 a LOC (在|扎波罗热|、顿涅茨克、赫尔松方向; not right after a post: 副总理|德沃尔科维奇|、阿塞拜疆), a Tibetan name of four characters read as a place a PER where a mention stands right after a post or beside a person across 、 (主任|洛桑江村|、; not 罗布林卡), a party organ and the 原 of a former post left untagged between a place and the post put into the post (水口村|党支部原|书记 → 党支部原书记, also over the organ read alone as a post: 仓盈村|党总支 (TITLE)|原|委员; and a discipline organ and its 原 after the 、 of an official listed before, also over the organ read alone as a body: 殷永强、|纪检组 (ORG)|原|组长 → 纪检组原组长), a body read across the 、 of a list of officials, a post right before it, parted into the person and the next body (部长|高虎城、工商总局 → 高虎城 (PER) + 工商总局; not 科技园|雍和园、…公司), a span of any type that is part of a foreign or Chinese city's name the text spells out around it the whole city, a LOC (阿勒|颇, 的黎波|里, 汗|尤尼斯 (PER), 卡拉|奇; also a place that begins it where jieba reads the city as one word: 大马|士革, 法兰克|福), a PER right after the common noun that says what a place is, itself after a place, a LOC (叙利亚古城|巴尔米拉 → 叙利亚 + 巴尔米拉, 叙利亚东部重镇|代尔祖尔), a post that opens with 事务 given the field left untagged before it (国家安全|事务助理 → 国家安全事务助理, 前|退伍军人|事务部长; not the verb's 为: 任命努里为|发展与社会|事务副总统), a committee's or group's word read into the post after it given back to the body (社会和法制|委员会副主任 → 社会和法制委员会 + 副主任, 中央财经|领导小组成员), or made a body with its name left untagged after a list's 、 (常委、|中央全面深化改革|领导小组副组长 → 中央全面深化改革领导小组 + 副组长), a one-character place that opens a person the text tags elsewhere and spells out there that person (|韩|正还向… beside 韩正, |法|基 beside 法基), a national, international or foreign body or a company that a span of any type opens, written out right after it, one ORG (塔利 (PER)|班 → 塔利班, 人民|政协 → 人民政协, as MSRA tags it), a LOC parted at a middle dot where every piece is a place (内蒙古·广东 → 内蒙古 + 广东; not 拉·苏弗里耶尔), 自贸 cut off the states whose agreement it names before 协定 (中韩自贸|协定 → 中韩), a campaign's word cut off the state, province or city it names (美丽|中国, 美丽|新疆, 健康|中国; not 美丽海湾), the count cut off places listed before it (加拿大|三国, 甘|三省, 美国|多州; not a region's name: 东北三省, 三区三州, nor 波尔多市), 文明 (civilization) cut off the place read with it (中华文明 → 中华, as MSRA tags it; 拉美文明 (PER) → 拉美), a PER right after 企业 or 巨头 an ORG where it is no Chinese name of a common surname (外资企业|思爱普, 军工企业|三菱; not 该企业|张建国), a PER that is a company's short name an ORG where the text tags the company's full name (东丽 beside 东丽株式会社, 罗威 beside 罗威汽车公司; not 梅里埃|家族), an ORG standing right before a city's district or compass part a LOC at every mention (摩苏尔|城区, 摩苏尔|南部; not a body's name: 中国人民解放军|东部战区), a PER that is a country (阿根廷|总统), an ORG that is a country right before a post a LOC (德国|总理|默克尔, 老挝|政府总理; the state's full name, 中华人民共和国, counts as a country everywhere) or a province named with its 省, or ends in 省 after three characters or more (江苏省|原副省长, 萨拉赫丁省|官员), or stands where only a place does (在|库皮扬斯克|方向, 首都|贝尔格莱德, 约翰内斯堡|峰会, 乘专机抵达|布达佩斯; then at every mention of that name the text tags a person, unless one holds a post: 首都|明斯克 … 将|明斯克|作为) or is a foreign capital or a city world news names often (抵达|莫斯科, 在|柏林|发表演讲; not before an honorific or right after a post: 马德里先生), or a city of China's that no name reads as (在|拉萨, 娄底|作为; not 中山, 阿里, 武威, 朝阳, nor two characters after a frequent surname: 金华) or ends like a Slavic town, of four characters or more and not right after a post (顿涅茨克, 波克罗夫斯克; not 州长|普里茨克), or is a palace of four characters or more (在|克里姆林宫|出席, 爱丽舍宫), a province and a place jieba reads as one word (吉林长春) or a province and a noun or place word of jieba's after it, given the rest of that word (海南海|口 → 海南海口, 河南兰考), or a railway or road (张呼高铁, also where a person opens the route the text tags: 张呼|高铁, or where two abbreviations jieba knows as no word stand before the route word: 哈伊|高铁, 渝昆|高速, or short names of provinces and cities whatever jieba reads them as: 京昆|高速, 甬台温|高速; not 哈尔滨至|伊春|高铁, nor a city of its own: 金华|高速) or a province's short name (在|山东|作宣讲报告, 关于|吉林; a state's also after 应: 应|芬兰|议长), a TITLE that is the Party's centre an ORG (以习近平同志为核心的|党中央) and so a person that is a common organization word of jieba's (党中央, 解放军; not CLUENER's 林熙蕾) and a place that is the White House (美国白宫|称), and a place or person that is a national or international body's or a news agency's name (开拓|东盟|市场, 欧佩克 (PER)|发表声明, 据|路透社 (PER)|报道), and a place that is a state and a body of its own (日本气象厅 (LOC)), or two dictionary places in a row (福建南平) or a dictionary place right before a post and its holder (上海|市长|应勇; also the head of a unit read into the place: 赤峰市长|孟宪东 → 赤峰 + 市长, or left untagged after it where jieba reads the unit and 长 as one word before a name, a mark, a joiner or a verb of saying, or 长 alone before one of the last three: 莫斯科市|长|索比亚宁 → 莫斯科 + 市长, 纽约州|长|表示 → 纽约 + 州长; not 桐乡市|长护险, 罗田县|长期), a dictionary place between 在 and a comma read as an ORG or PER a LOC (在|郑州|，; also a PER before the verb of a talk or meeting held there: 在|贵阳|作宣讲报告, 在|武汉|会见), a city jieba counts often read as an ORG right after 在, 位于, 来, 赴, 抵达 or 前往 a LOC (峰会在|纽约|举行, 即将来|纽约|出席; not a country, a province or a team in a clause of sport), a place's abbreviation after 在 read into the body after it a LOC of its own (在|京|中共中央政治局委员; not 美司法部), states named together and counted parted out of the body read across them, a LOC, with a post or body after the count kept (日美|两国|外交部长, 朝韩|双方|红十字会, 日中韩|三国), a situation word a body ends in cut off, the rest a place where it is one or nothing (内蒙古加快|布局 → 内蒙古, 国家发展|大局, 伊拉克|政局; not 国家安全局), the 会 of 会议 a body took cut off (主席团会|议 → 主席团; not 国会|议员), with a session or standing meeting read in before it (十三届全国人大四次会|议 → 十三届全国人大, 国务院常务会|议 → 国务院, 全国政协十届四次会|议 → 全国政协; not 中英媒体圆桌会|议) or the 新闻 of a press conference (国务院联防联控机制新闻|发布会), the 委 of 委员 a committee took cut off (中央财经委员会委|员出席会议 → 中央财经委员会; also a Politburo: 中共中央政治局委|员), and the 审 of 审议 a delegation took, with a 参加 before it (参加江苏代表团审|议 → 江苏代表团), the 驻会 of a committee's resident deputy chair given to the post (教科卫体委员会驻会|副主任 → 教科卫体委员会 + 驻会副主任), a name right after a post read as an ORG a PER (副县长|杨荔; not 代表|党中央), a member's post right after a name read as an ORG the post, with the name read into it a PER (郑永飞|常委, 南存辉常委 → 南存辉 + 常委; also read as a person: 解冬|常委 (PER); and the name's last character read into it: 戚建|国常委 → 戚建国 + 常委), or read as a place a PER with every mention of it where no person before holds the post, or where the text writes it somewhere right after a role or a resident word before a mark, though untagged there (驻村干部|解良|。 … 当|解良 (LOC)|来驻村; not a lake: 西湖) (市长|黄兴国, 总理|奥利, 驻伊朗大使|郁红阳, a governor's: 加利福尼亚州州长|纽森, a commander's: 司令|卡沃利, also after a state's head's or minister's post: 西班牙首相|桑切斯, 法国外长|勒德里昂, 巴林国王|哈马德; also a name jieba counts often, 大使|托马斯, or counts as a place often after a president's or prime minister's post, 俄罗斯总统|普京, but not a region it counts 500 times or more: 俄罗斯总统|中东|问题特使, and a transliteration of five or six characters, 大使|科迪图瓦库; not 总书记|兰考, nor a place jieba counts often: 长三角), and so a three-character one of a common surname before 是 and a head's post ending the clause (黄明山|是吉潭镇镇长), a leader's name read as a place or body right before a leader's post a PER with every mention of it (同|普京|总统|一道, 赵乐际|委员长|出席; not a country or province: 俄罗斯|总统, 科威特国|首相, nor where a person holds the post after it: 俄罗斯联邦总统|普京), a bare name right before a post of its own committee or government a LOC (松滋|市委书记; also a person's where another holds the post: 吕梁|市委书记|李正印), a place read before 同志 that reads as a name a PER (毛泽东|同志), a two-character person given the surname before it where jieba knows the whole name (习|近平), a person read as its common surname alone given the name jieba reads from there, of three characters whose given name is no common word or of two right after a post or role or in a list (教导员|陈|陆, 56岁的|吕|有金; not 那|张|小巧, 曹|兵, 王|太守), or the name of three characters the text tags elsewhere and writes whole from there, or of two right after a post, though jieba reads on past it (国家副主席韩|正在北京会见 beside 韩正, 罗|长姐; not a state's post: 原副|王储), and one read as its first character alone right after a post given the one or two characters up to a mark, with what the tagger read inside them (主任栗|战书，, 部长顺|通。; not 局长王|书记，), a person inside an idiom dropped (一年之计在|于春, 长治|久安; also a short one opening it that jieba knows as no name: 谆谆|教诲, not 布什|总统), and a place or body inside one (灯火辉|煌), a person that is a word's last character and a common word dropped (日|常工作), or the ends of two words (关|于建|设), but not right after a tagged post (大队长|江海波, jieba's 长江), a dot a person stops at cut off (凯特·), and a bracketed note of sex or ethnic group (任命李斌(女)为…, whose appointment the official then reads past the note), 人 cut off a place read with it (温州人 → 温州), a place one character short of a district, county or city jieba reads whole given it (绍兴市越城|区; not 中东欧|地区), a school read as a place an ORG (平桥镇中心幼儿园, also a numbered one after its place's unit: 疏附县二中), and so an administering body (珊溪水利枢纽管理中心, …委员会, …办公室), a refugee camp read as a body a LOC (努赛赖特难民营), a place or body opening with a set pair of Party and state news dropped (损害|国家和社会|公共利益, 聚焦|党和国家中心|任务), a place inside 发展中国家 or 发展中大国 dropped (向发展|中国|家提供, 发展|中大国; not 发展|中国|特色社会主义), a place read on into its basic law or the island of 岛国 cut back to the place (澳门基本法 → 澳门, 太平洋岛|国 → 太平洋), a region of the world read with the 国家 it names cut back to the region (中亚国家 → 中亚; not a body named after them: 非洲国家驻华使团), a place read on into 国际 given the venue it opens (香港国际|机场 → 香港国际机场) or else cut back to the place (泰山国际|登山节 → 泰山), the common noun that says what a place is cut off it (首都|基辅, also with its unit: 首都|基辅市, 古城|西安, 城市|霍姆斯, 大城市|奥尔莫克, 大省|广东, 重镇|阿勒颇, 省会城市|福州 (ORG) → 福州, LOC, and a river's reach before a reservoir: 上游|东川口水库, and the host country: 东道国|秘鲁, and the north or south said poetically: 北国|长春; any of them also before a place that ends in a unit: 下游|新仓镇, 产粮大县|吉林省梨树县; not 首都机场, 首都医科大学), the side of a place a text points to cut off it (宾王路|以东, 提克里特|以南), 约 (about) cut off a place and its direction (提克里特以南|约|25公里) and a direction alone dropped (边界|以南|30公里), and so a customs office named by its place (深圳海关, 天津海关; not the district 山海关), which also ends a body before a predicate (广州海关|出台; an international body keeps its 组织: 世界海关组织), a reporter's name after 记者 read as a body a PER (记者 应磊), and a resident's after 村民 (村民|包福兴家; not a village named by a family: 招远大户|陈家村, 贫困大户|耿庄村), a resident or kin word, an appointing verb or a role read into a person's start cut off (村民|葛静, 妻子|邝婉芳, 任命|鄂竟平, 保安|倪兵), also where the place ran on into it (大泽山镇|种植户|昌云军, 唐陵村|苗农|柳孝燕, 北京|市民|吴峰); adjacent same-type spans merged; a place's party organ read as an ORG before a post moved into "
        "the post (泽雅镇|党委副书记), a sector body's organ read into the post given back (天河区社会组织党委|副书记; not a plant's, a mine's or a school's: 北仑电厂|党委书记, 芦岭煤矿|党委书记, 实验高中|党总支副书记, nor a State Grid company's named short: 国网浙江电力|党委书记), a ministry's or federation's organ read into it before 书记 given to the post (交通运输部党组|书记 → 交通运输部 + 党组书记), and so before a member's 委员 or 成员 (临海市民政局党委|委员 → 临海市民政局 + 党委委员), and what a company or bureau ran one or two characters on into before a post given to the post (供电公司运|检班班长, 建设局机关|党委书记; not a body of its own: 集团|公司|董事长), and a village's committee read with its place before a post split into the place and the post (箬山村村委会|主任 → 箬山村 + 村委会主任); an ORG read across 'A联合B' split in two (or cut at the verb where it stops on it: 人民政府|联合; not a department whose name opens with 联合: 中央军委联合参谋部), one read across 所属 (owned by) split into the owner and the body it owns (海口海关|所属|博鳌机场海关; cut before 属: 中央广播电视总台|所|属), one read across a list's 、 into its bodies where each ends like one (国家卫生健康委员会、|退役军人事务部), one read across 的 from a place left the place (江苏|的乡镇敬老院), and so one read across 与, 和 or 及 from a place word into a generic kind of body (光山县|与|科研院所; not 黄岩区农业农村|和|水利局), a standing member split out of a committee (台州市委|常委, 中共中央政治局|常委), and so a Politburo member (中共中央政治局|委员, 越共中央政治局|委员) or a committee's (中央财经委员会|委员, 联合国国际法委员会|委员), a national body out of a post (国家监委|主任), a named committee out of a post (仙居县委|书记; a place written whole before its level committee gives the committee to the post: 蔚县|县委书记, as 临县|县委副书记), a named place out of a post (民主村|第一书记), also a province named without 省 (浙江|省长), a body's ending read into the post given back to the body (国家发展改革委|主任, 石狮市委|书记, 医药科技有限公司|总经理, 输电运检室|主任, 印度尼西亚人民协商会议|主席; a party's 委员长 stays whole: 朝鲜劳动党|委员长; also the rest of a body's name jieba knows whole: 全国人大常委会法|工委主任 → 全国人大常委会法工委 + 主任, 全国人大|常委会副委员长, 三军仪|仗队; not a standing member: 中共中央政治局|常委, nor a word that holds the whole post: 淮安独立|团政委), a spouse's 夫人/夫妇 cut off a post, with the joiner before it (委员长|夫人, 主席|和|夫人), 原 or 前 (former) cut off the body before a post (三乡镇|原|党委书记, 阿富汗|前|总统; also once a post read into the body is split out: 黄河乡|原|党委委员, or before a post left untagged: 发展改革委|原|党组成员; what is left typed as read alone: 大连海关 (LOC) → ORG), and off the start of a post read with it, late (原党组副书记 → 党组副书记, 前总统 → 总统; not 前锋, 原告, nor 前任: 前任总理), a party or head's post read into the end of its body split off (市场监督管理局|党组书记, 国务院|总理, 沁源县委|书记, 中央书记处|书记, 麻防科|科长, 科技处|高级工程师, 国务院研究室|党组书记 (a body may end in 室 or 署), also after a congress, a political consultative conference or a party: 江苏省人大|代表, 全国政协|主席, 罗马尼亚国家自由党|主席, and a democratic party committee's chair after its 会: 民革北京市委会|主委; a holder of a common surname read in after the post split off too: 广西壮族自治区党委|书记|鹿心社, after a country the post following the place: 匈牙利|总理|欧尔班; a post read whole as a body a post: 国务委员, 国防部长, 全国政协委员; a state's minister a place and the post: 赞比亚|农业部长, also where the ministry was read as an ORG without its 部 before 部长: 南非国际关系与合作|部长 → 南非 + 国际关系与合作部长, 俄|体育部长, 高教|部长 → 高教部长; also after a former post's 原, which is neither's: 国家能源局原党组书记 → 国家能源局 + 党组书记; a place's a LOC: 佛山市禅城区张槎街道古灶村|党委书记), a person's first character read into the post before it given back where the text names the person whole (总统新闻秘书|佩斯科夫) or where the person is a transliterated name (总统发言人佩|斯科夫 → 总统发言人 + 佩斯科夫, 主任祖|木热提·吾布力), a foreign leader's name read into his post given back (南非总统祖马 (TITLE)、, 总统祖 (TITLE)|马 → 总统 + 祖马; 主席国, a forum's chair country, is no post) or where a surname stands after a whole post before a two-character given name (主席万|鄂湘 → 主席 + 万鄂湘, also where jieba reads the surname into a word with the post's end: 主任何|立峰 → 主任 + 何立峰; and where the tagger left the post and that name untagged after the body, or read the given name as a body: 国家发展改革委|主任何立峰|、, 主任何|立峰 (ORG)), and a post's 长 a person took given back (副所|长江舟 → 副所长 + 江舟), and so a minister's 相, or one left untagged (防卫|相森本敏 → 防卫相 + 森本敏, 外务|相|李勇浩 → 外务相), a place's first character given back to the word before it (其中|泸县) or to the date before it (16日|中国; after a day's or month's digits whatever follows: 13日|香港国际机场, 4月|港珠澳大桥口岸, and a bare 日 there dropped: 8|日|称), and a verb's last character a place or a transliterated person took given back to the verb (感|谢中 (LOC)|方 → 中, 聚|焦长江 → 长江, 转|达迪萨纳亚克 → 迪萨纳亚克; not after the adverb 从中: 从|中美), a preposition jieba reads alone cut off a place or body from its dictionary or a national body (经|国务院同意, 以|美国), or off a transliterated leader's name before his post, a PER (愿|同|姆南加古瓦 (LOC)|总统), also a body's after a verb (同意|武警总部), a village committee's first character given to the post (青湾村村|委会主任), 所 + verb cut off a post (总理|所作), a preposition or conjunction a body ran on into cut off with what follows (宪法法律委|根据常委会会议的审议意见 → 宪法法律委), a verb that takes a body read into its start cut off where the rest is a body of its own (审议|国务院, 来自|国家航天局, 经商|信息产业部, 致电|老挝人民革命党中央, 举行|联邦议院; not 希望电脑学校; also any words ending in a verb and naming nothing before a national or international body: 全文播发|全国人大常委会, 致信|联合国安理会), a verb, 老区, 家乡 or a direction read into a place's start cut off (惠及|乐清市, 老区|横坎头村, 家乡|东街村, 城市|芹苴市, 在|湖北秭归县, 南部|房山区), a member out of a congress (全国人大|代表); a congress member's post left untagged tagged as the body and the post where it makes a person of its clause an official (全国人大代表、淮安市委书记史志军 → 全国人大 + 代表, 全国政协委员; also the post alone after a tagged body: 当选|全国人大|代表), and 委员, 常委 or 代表 left untagged right after a person tagged as the post the person is called by where that makes an official (金花|委员|来到, 徐立毅|代表|透露; not the verb 代表 before what it speaks for: 李剑|代表|大家); an ORG read across an indefinite (高昌区|一家合作社) dropped but for the place, and a place or body read on across 一 and a venue named by its kind the place alone (东莞|一宾馆 → 东莞, 四川省宜宾市|一小区; not 武汉市第一医院), a numbered group army given the 军 its name ends in (陆军第73集团|军 → 陆军第73集团军, also where the tagger stopped inside 集团: 第31集|团军 → 第31集团军; not a company's 集团|军民融合), a national congress of delegates read to its 代表 given its 大会 (中国共产党第十九次全国代表|大会 → 中国共产党第十九次全国代表大会) and a members' congress read so cut to its body (中国志愿服务联合会|第二届会员代表|大会 → 中国志愿服务联合会), a committee's office read to its 委 given its 办 where jieba reads 委办 as one word (国务院安委|办部署 → 国务院安委办), a presidium or delegation read one character short given its 团 (全国少数民族参观|团 → 全国少数民族参观团); Arabic numerals cut off the ends of "
        "places and people (28℃|福州), and a count with its measure word off the start of a place, person or body (601家|深港, 2707个|村), and a line's voltage off its name (220|千伏柯亭线), 同志 off a person (陈全国|同志; also where the person ran on past it: 杨白冰|同志光辉), 出席会议, 列席会议 or 应邀 (王勇应邀|出席) off a name read into it and a piece of it dropped (武维华|出席会, 王沪宁出|席会) and a day read into its end (古特雷斯|2日|说), and a trailing 的 off any span (紫金街道|的), also with a bare level word after it (塔元庄的村|党支部书记), a leading one off a place or body (的|湾东村), also 中的 (建设|中的|班彦新村), or off a post (的|试油工); 北京 of China's standard time before a clock time (北京|时间6月6日19时; not 纽约时间), a year, date, document number, session or amount read as a name (1986年, 第707号, 八十五号和八十六号, 、十六届、, 450元, 14384件, 32502亿美元, 十八部委, 四楼), an ORG stopping inside a number in Chinese numerals cut before it (中共十|一届三中全会, 中共二|十大; an ordinal alone or a craft before its serial number dropped: 第四|次, 嫦娥四|号; not MSRA's team 八一, nor a person: 马英九|一行), numerals alone (十八、, “十五五”; not MSRA's 八一) and a party congress, an event (党的|二十大) or a plenary session or its ordinal (中共十九届四中|全会, 三中、|四中|、五中全会) and spans of one character (but a place abbreviation standing as a word, a side or a goal, or opening jieba's one word for its government or head: 中|美, 中|方, 访|华, 俄|政府, 俄|总统; also a state's outside the usual list where the text names the state: 罗|政府 beside 罗马尼亚, 解除对|伊|制裁 beside 伊拉克; not 中 meaning in after a word: 声明|中|的立场) or without a letter or CJK character (4∶1) dropped, a post of rank characters alone dropped (一|副副|春联), "
        "bare kinds of body named whole (公司, 中心, 委员会, 理事会, 主席团, 招待会, 研究所, 社会, 学院, 学校, 医院, 法院, 执行局, 工坊, 救援队, 河长办, 景区管委会, 商会, a company's 营销部 or 发展建设部, 办公室; not a name ending in one: 种子岛宇宙中心), a direction alone as a place (前往|东部|省份; not 东部|战区, made whole late), a person before 基金 or 基金会 the fund, an ORG (出席|何梁何利|基金 → 何梁何利基金; not 基金经理), a river read with its water the river (引用|黄河水 → 黄河; also with 河水, 江水 or 湖水: 暴涨的|嘉陵江河水 → 嘉陵江; and a river read with its thaw or a bridge with its closure the river or bridge: 黄河开河 → 黄河, 乌苏里江开江 → 乌苏里江, 长江大桥合龙 → 长江大桥; and a place read on into its farm produce, with the season before it, the place: 五常大米 → 五常, 陕西渭南春玉米 (ORG) → 陕西渭南), a city read as a body or person before the games or fair it hosts a place (杭州 (ORG)|亚运会), a surname and a place word before a verb of speaking a person (柏长城 (LOC)|告诉记者), a three-character name read as a body a person where it is appointed or a post follows it (任命|裴金佳|为, 孙东生|委员), a democratic party's short name read as a person the party, with its 中央 (连介德常委代表|台盟|中央 → 台盟中央, an ORG as MSRA tags 台盟), a common verb read into the start of a place or body cut off where a place opens the rest (在|参加|辽宁代表团, 进驻|鄂州市中心医院; not 常驻联合国代表团), a place read on into a common verb late cut back, with an adverb of one character before it (永州市|已出台, 广东汕尾|集中; also 上市, which jieba tags a place: 在|香港上市 → 香港, and 多地 after a state or its abbreviation: 袭击|黎多地 → 黎; a body's only before one jieba counts 2,000 times or more: not 北京联想, 德国奔驰), a person and a span beside it that together are a place or body the text tags whole elsewhere that place or body (驶入|达拉 (PER)|亚 → 达拉亚, 中国|远征军 (PER) → 中国远征军), a compound surname and one given character read as a place at a mention, alone or whole, a PER where the text writes the name twice or more and tags some mention a person (欧阳 (LOC)|栋, 欧阳栋 (LOC) beside 欧阳 (PER)|栋; not 诸葛镇), a compound surname of any type right before a person of one or two characters one name (欧阳 (ORG)|昌琼 → 欧阳昌琼), a place and a body read across the passive marker 被 or across 会同 (jointly with) parted (博后村被文化和旅游部 → 博后村 + 文化和旅游部, 中央纪委国家监委机关会同教育部 → 中央纪委国家监委机关 + 教育部), and the 会 of 会同 cut off a body (机关会|同 → 机关), a body one character short of its committee's word given the 会 (美国国际贸易委员|会, 留村居委|会, 嘎旦村村委|会), the particle 了 cut off a place (来到|了嘎旦村 → 嘎旦村), what a place is called for its standing cut off its name (产粮大县安徽霍邱 → 安徽霍邱, 伊德利卜省重镇马雷特努曼 → 伊德利卜省 + 马雷特努曼, 东北粮仓黑龙江 → 东北 + 黑龙江; not the town 九重镇, nor 亚历山大市), a person cut one character short by the place or body after it given it back where the text tags the whole name elsewhere (免去胡本|乐宁国市国税局 beside 胡本乐 → 胡本乐 + 宁国市国税局), a person read into the first character of a frequent verb after it cut back (孙硕代|表北京市政府 → 孙硕), a person ending before 和 and a list's mark given its 和 (那顺孟|和、 → 那顺孟和), a preposition and a place read as a person the place (|从金华|到宁波 → 金华), a place and a person read apart one name (欧阳 (LOC)|玉靖 → 欧阳玉靖, 玉山 (LOC)|江·吾许尔 → 玉山江·吾许尔 PER; 巴赫 (LOC)|穆特 (PER)、 → 巴赫穆特 LOC, all transliteration before a list or 方向; not 山东济宁|小宁), a place or body read one character on past a name the text tags elsewhere, a locative or a word's first character, cut back (光谷生物城|里, 阿勒颇|市|中心, 骆驼湾村|所|在), a transliterated name read as a person and a place side by side one name, a PER after a post (总统|拉马|福萨 → 拉马福萨, 发言人|穆贾|希德), a LOC before a list or 方向 (库拉|霍沃|方向), a chief officer's 官 read into the holder's name given to the post left untagged (首席兽医|官聂穆楚克 → 首席兽医官 + 聂穆楚克), a Mongolian village (嘎查) or township (苏木) one place with its name read in pieces or left untagged, back to a mark, function word (also 以, 由, 沿, 往: 一个以|金祥嘎查为代表), place or common word (科右中旗|代钦塔拉嘎 (PER)|查 → 代钦塔拉嘎查, 西拉|沐沦|苏木 → 西拉沐沦苏木; a bare 嘎查村 goes: 每个|嘎查村; a herder after it read into a person split off: 敖包图嘎查|牧民|巴特尔 → 敖包图嘎查 + 巴特尔; a person of one character, 和 and a person after it one Mongolian name: 牧民|恩|和|巴特尔 → 恩和巴特尔), a compass point of one character (指责|西|方支持, 向|西|开放, 项目|西|起青岛, 承东启|西; or with 向 before another: 自|西向|东; not a state's: 召回驻|西|大使), a kind of affairs that 涉 (related to) opens (涉海|部门, 涉|黄娱乐场所; not 涉|黄河, nor the county 涉县) and a place it opens cut to the place (涉疆 → 疆, 涉藏州县 → 藏, as MSRA's 涉|台|案件) and generic words (全国, 乡村, 江河, 堰塞湖, 湖泊, 山沟, 群众, 关怀, 新建, 道路, 公里, 大中, 总支部, 供电所, 党群服务中心, 公安局, 工委, 台风, 洪水, 小镇, 古城, 贺信, 网格长, 街区, 文化街区, 日间照料中心, 全嘎查, a kind of village (蔬菜专业村, 示范村, “农家乐第一村”), a department of a body named by its kind (公司安全保卫部), 原村, 老村 (老村|医), 千村, 万村 (“千村示范、万村整治”), 兴旺, 奥运, 竞技场, 长龙, 地球家园, 顺江, 小树苗, 荔枝, 都城, 包村, 公立医院, 印发, 市场, 日程安排, 联组会, 音乐会, 国际, 火山, 铁路, 经济社会, 念兹, 念兹在兹, 应约, 任命, 道德, 中东部, 广大干部, 滑坡, 埃博拉, 厄尔尼诺, 拉尼娜, 金秋, 张罗, 共和国, 东道国, 广义, 中央, 上市, 大国, 福利院, 纪委, 管委会, 东风, 驻寺, 福利, 开春, 富裕, 文明村, 洪峰, 代表团, 气象局, 多国, 中央财政, 丰硕, 合龙, 祝福, 扎根, 徐徐, 四部委, 开犁, 仲春, 常委会 alone, 东西部 (of 东西部协作), 大桥, 操场, 回港, 杨梅, 贺幛, 国际化, 英雄, 才俊, 上市公司, 纪检监察, 监察委员会, 文明, 村镇, 京剧, 昆曲, 才华, 天南海北, 天南地北, 花园, 眼科, 神经内科, 骨科, 传染科, 口腔科 and other departments of a hospital by their kind, 立春 and the other solar terms, 朱鹮, 胡同, 娱乐场所, 冰川, 郡县, 深度贫困, 华章, 美德, 英勇, 修复, 匝道, 记者会, 大会, 领导小组, 广大, 伟大, 重大, 贫困, 茂盛, 不再, 新高, 拱卫, 陷入僵局, bare 人民法院, 人民检察院, 人民政府, 办公厅, 专门委员会, 专委会, 汇报会, 冬奥会, 科研院所, 新闻联播, also a piece of one of three characters or more that opens before it: 埃|博拉 (LOC), not 马克思|主义, and a vehicle plate or a piece of one: 车牌号为|湘A3ZT (ORG)|46, and a satellite's serial letter (“风云三号”|D星), and a place's name opening a set phrase that names none (|阳春|三月), and a co-operative named by its produce or craft alone (成立了|莲藕合作社, 香菇专业合作社; not 仁发合作社, nor one named by a word jieba counts rarely: 国兴合作社) (not a bare 委员会: MSRA's 筹备委员会), bare kinds of body and a field (工商局, 通讯社, 宾馆, 各国, 黑社会, 人文社会科学), a field, the globe, the moon's soil, pontoons, a blanket and a control tower (新|能源, |全球|首个, 月壤, 舟桥, 毛毯, 塔台), natural forest, a sheet of flood water, a sea-crossing bridge, the great rivers and lakes and a service hall by their kinds (天然林, 一片|泽国, 跨海大桥, 大江大河大湖, 政务大厅), a safety bureau by its kind (当地|安监局), plums, yellow peaches, the Tibetan flower and 横行 (rampant) (|李子|年产量, 3亩|黄桃, 像|格桑花|一样, |横行|乡里), residents by their kind (由|村民|理事会提出), a bustling city, terrestrial, migrating north, mountains (从|繁华都市|到, |陆生|脊椎动物, 候鸟陆续|北迁, 水域、|山岳), the Tibetan greeting, nanohertz, the solar wind, a survey (|扎西德勒|, |纳赫兹|引力波, 对|太阳风, 综合|查勘), the sacred, reed pipes, a street parade, Uyghur silk and dance, the Qiang dance, loud reading, crossing the river, long parted, good luck, an extension, calm, a main road, cheerful and as if (在|神圣|的国歌旋律中, 马骨胡、|芦笙, 阜宁的|踩街, |艾德莱斯|绸, |麦西来甫, 欢快的|莎朗舞, |朗朗|的读书声, 全部|渡江, |久别|家乡, 代表|大吉大利, 长安街及其|延长线, |宁静|的村庄, |大马路|上, |开朗|、热情, |宛若|走进), drugs (|海洛因, 吗啡、|杜冷丁), produce, a brook, a border river, fertile fields, the depth of winter, glory, a folk village, a frequent guest, strange peaks, lifting a lockdown, due east and west, both banks and settling in (杨梅、|板栗, 种|胡萝卜, 小河|小溪, 大|界江, 北方|沃野, |寒冬腊月, 曾经|辉煌, 一号|民俗村|寨, 家的|常客, |奇峰, 部分|解封, |正东正西, |左右|岸, |安顿|好了), words of discipline and policy news (得以|昭雪, |宏图|铺展, |双喜临门, 以|陈顶新, 有|福之州, |纪委监察局|就查明), moonlight, the lower belly, a blizzard, a liveable community, frozen over and profiteering (在|月色|下, 气沉|丹田, |暴风雪, 打造|宜居社区, |冰封, 从中|牟利), a haven and the water supply (家庭|港湾, 电力、|自来水), as long as, a large barrier lake, daybreak, the frontier seas, a locked-down street and a sublessor (|长达|150米, 属于|大型堰塞湖, |天一亮|，, 万里|海疆, 在|封控街道, 黑中介和|二房东), trees, flowers and produce, poetry and set phrases, adverbs, adjectives and verbs, a leading group by its kind and bare bodies of village and world news (|银杏|、榆叶梅, 发展|玫瑰|种植, 熟悉|海鲜|买卖, 千里共|婵娟, 溶洞群|钟灵毓秀, 总书记|欣然|应允, 企业|加大|投入, 替父|行孝, |依山|而建, 县委常委|班子, 国家|部委, 跟|大使馆|联系, 接见了|特使团, 医院的|放射科, 5家|诺贝尔奖|科学家实验室), and moving house, wild geese, a resort by its kind, the blue sea, an operating system, an air-raid siren, teams by their kind and militias (贫困户|乔迁, 已赴|度假|村, 原生|鸿蒙|操作系统, |防空警报|鸣响, |宣讲队, |援疆工作组, 乌克兰东部|民间武装), plum trees, mugwort and a Tibetan offering (栽了三年的|李子树, |艾草|深加工, |切玛), birdsong and phrases of ecology (虫鸣和|鸟叫, 上下游、|左右岸), and words of national news (|全国东西部|协作, 严禁阻断|国省|干线, 选举产生|新一届理事会), silk, flax, a relay and wintering (|胡麻|油加工厂, 数据|中继, 支持|越冬|饲草料储备), sand, green hills and clear water, a locked-down estate, general-aviation airports and high office (昔日|黄沙|遍野, 江西的|青山秀水, |封控小区|所在的街道, |通航机场|达到9个, 被许以|高官厚禄), bare kinds of place, common nouns and verbs (机场, 港口, 公路, 陵园, 工业园区, 沥青, 国庆, 衰退, 审议, 粮食安全), words of speeches and features (坚强, 红色, 五湖四海, 丰碑, 掌舵, 伟大胜利, 嘉年华, 马克思主义 read whole; 齐聚, 查明, 蓬勃, 立德, 修德), money (卢布, 资金), languages (藏文, 维吾尔文), and 平安 and the sun as places (平安|中国, 太阳|能), also where a name's completion makes one: 广大干|部; also after a verb: 帮助|供电所), spans inside a policy term, a project or an observance, also across two side by side (美丽|乡村, 绿水青山, 文明村镇, 南水|北调, 宜居|宜业和美乡村, 宜居城市, 世界水日|中国水周), or inside a noun jieba's dictionary tags as a name (五星红旗, 面向|五星|红旗, 吉祥物, 宝贵财富, 黄金档) or inside 中央财政 (中央财|政) or the national plan 国民经济和社会发展计划 (国民经济和社会|发展计划) or the women's title of honour (全国三八红旗手) or the evening news programme or a commemorative meeting (新闻联|播, 纪念大|会) or a protected species (湟鱼, 中华鲟, 大熊|猫; not 东北虎, whose place MSRA tags; a place read on into one cut before it: 钦州三娘湾|中华|白海豚; one ending with the whole species cut to the place before it, or dropped where none stands there: 云南大熊猫 → 云南, 白色大熊猫, and so with any such term: 海洋特色小镇) or square dancing (广场|舞; where a name is tagged again at its other mentions, too) or prosperity (中国繁|荣昌盛) or a video call across the ocean (|越洋视|频通话) or the state's honours (向|国家勋章|和国家荣誉称号获得者) or peace and tranquillity (和平|安宁) or everywhere (|大江|南北) or the planks of the Xinjiang policy (富民|兴疆, 文化|润疆) or Brexit (“脱|欧|”协议) or shared beauty (|美美|与共) or a water-diversion project, also where the span opened inside runs one character past it (引|江济淮, 引|大济湟北|干渠), or inside a 《》 title short of the whole title (《浙江省…条例》), or a document's whole title (《军事情报保护协定》), or a person or place that is the whole title of a work the text names as one (电视剧《青山是故乡》, 动画电影《姜子牙》, 《黄河》钢琴协奏曲; not a newspaper: 《人民日报》), or a sector's members of a congress or their joint session read as an ORG (科技界委员联组会, 环境资源界委员), or the whole quoted name of a ship, aircraft, weapon or system, or of a law, read as a person or place (“库兹涅佐夫”号, “萨德”反导系统, “赫尔姆斯-伯顿法”), a people's name read as a place (毛南族, 独龙族; not 土家族|乡) or as a person before its 族 (傈僳|族) or with it (陈武（|壮族|）), or one of China's peoples read as a place before its 族 (维吾尔|族群众; not cut back first: 展示|塔吉克|族的民族文化), Muslims read as a person (穆斯林), bodies named by their level alone (县委, 县水利局, or by its grade: 县级|农业信贷担保公司, or by their kind alone: 基层|人大, 各级|纪委监委, several levels at once: 省区市纪委; the commissions named together: 省纪委监委, also cut short and read as a place: 市|农业农村局, or cut off a level word standing alone: 、县|气象局; before a post such a committee, or a bare 居委会, 组织部, 办事处, 村务监督委员会, a level government or a Youth League committee, put into it: 县委|副书记, 县人大常委会|主任, 居委会|主任, 市政府|秘书长, 团县委|书记, a level word read alone: 区|政协主席; a civil-service rank: 一级|巡视员; the state before its head: 国家|主席; a bare 自治区 before its party organ: 自治区|党委书记; the state before its head also where the tagger read 国 alone: 国|家|主席 → 国家主席; a bare 管委会 or a department's kind read as the body: 管委会|主任, 宣传|部长; a state's ministry or a place's bureau by its kind, whose 部 or 局 the post shares: 伊朗外交|部长 → 伊朗 + 外交部长, 北川民政|局长 → 北川 + 民政局长, also the kind alone: 国务委员兼|外交|部长 → 外交部长, a former one's 前 left out: 法国|前|文化部长; a State Grid supply area: 台区|经理; but a bare 村, 镇, 社区 or 嘎查 before a party organ or a residents' committee left out: 村|党支部书记, 社区|居委会主任), verbs of taking a post read as posts (陈岗|调任|县委书记, 色达县|挂职|任县委副书记), a body of one character closing the word before it dropped before the merge (提|高|人大 → 人大), roles read as posts (记者, 通讯员, 市领导, 主持, 网格员, 消防员, 客商代表, 民宿业主, 养殖户; occupations ending in 家, 老师, 演员 or 人员: 科学家, 专家, 特教老师, 护理人员; 驾驶员, 飞行员, 航天员; 民警, 医生, 护士; 选手, 官员, 博士, 主人, 内科医生, 时政评论员; 保安, 门卫, 主犯, 从犯; a group's 成员, not 党组成员; 助手, 支持者, 专家学者, 责任人, 大学生, 研究生, 军官, 士兵, 战士 and kin: 丈夫, 妻子, 侄子, 儿子, 宝宝; 法定代表人, 实际控制人, 得主, 小将, 特警, 领导干部; a player's position, a story's part, a suspect, a citizen, a veteran, a party's member: 门将, 前锋, 球员, 主角, 嫌犯, 公民, 老战士, 民主党人, and 领导集体; a colleague, a worker, a screenwriter, a submersible's pilot and a mentor: 同事, 工人, 编剧, 潜航员, 导师; the modifiers 下任 and 新任 alone; verbs, wishes, an order and a plan: 制裁, 维持, 指导, 健康长寿, 主席令, 总统战略, 官员磋商; ending in 民警, 交警 or 官员: 公安民警, 高级官员; or in 负责人, 学生 or 家长, however qualified: 中央负责人, 相关负责人, 高三学生, 小学生家长), posts with no person in their clause (组织专家; a name right before the bracket a post stands in is in it: 王国平（|县委副书记|）; a name before a comma and 生前系, 现任 or 是 is in it: 孙丽美，生前系…党支部书记, 李爽，是…党委书记; one before a list opened by 的有 is not: 陪同普京访华的有|外交部部长) or beside no person (one space apart in a caption is beside: 司长 彭齐鸣：), body or other post (作|动员|讲话), 代表 between a person and a body, where it is the verb (on behalf of: 巴特尔|代表|全国政协; also read as a body before the merge: 胡朝晖|代表|区委常委会; read into a member's post, which keeps the post: 王光谦|常委代表|民盟中央 → 常委, 栗战书|委员长代表|常委会 → 委员长, before whatever else the verb takes: 张伟|委员代表|大家 → 委员), or stopping inside a word with none after them (河长|制), a measure word said twice read as a person (一|张张日程表), and 张 after a numeral or demonstrative (这|张照片; not 之一|张太雷), residents named by an honorific or a nickname (刘大伯, 阿婆, 林阿公, 老林 read whole, a doctor: 陈大夫, also cut inside it: 沈阿|姨; 小|周正|在) and people by surname and post (张书记, also cut inside it: 张书|记), a typhoon's, hurricane's, storm's or cyclone's quoted name (台风“桃芝”, “杜苏芮”台风, 飓风“马修”, 超级风暴“桑迪”; also quoted again without the word: “威马逊”来临), 北约 that is 以北 and 约 before a distance (巴格达以北约20公里), an event's name read as a body or place (北京冬奥会, 中非合作论坛峰会, 第135届广交会: a fair, games, summit or annual meeting), a spacecraft, rocket or satellite of China's space programme or its crew (神舟十八号, 神舟十五号航天员乘组, 嫦娥六号, 祝融号, 北斗卫星; 长征 and 北斗 only with a number or a craft's word: products), a document number's issuer code (国办发|〔1996〕25号; not 民航总局〔2006〕80号), names inside a quoted programme (“青年留杭第一区”打造目标, “枫桥经验”; also a quoted name ending with its year: “中国制造2025”, “和平使命―2013”) and an ORG stopping inside a word (新能源汽|车) or whose ending begins a common word (研究部|署, 南方局|地, 经济社|会, an agreement: 自由贸易协|定, 达成协|议; a place before it kept: 内蒙古|部署, 天津市|经济社|会发展; and a body before 部分, some of it: 国际足联部|分官员 → 国际足联; not 组织部|分管) or that holds 研究部署 dropped, and a place or body stopping inside a common word of jieba's whose piece in it is no word and ends like no name cut back to the longest place or name before the word (意大利|工会组|织, 中国|钢铁行|业, 中国志愿服务联合会|第二届会员代表大|会) or dropped (海洋环境保|护法, 尾矿煤矸|石), and so one of three characters or more whose last character alone opens such a word (西安|南门文化广|场, 柏林|总|统府; dropped: 夏粮丰|收, 中蒙命|运; given the rest of a word that ends names: 平陆运|河, 丰田汽|车; before 革命老区 the place: 太行|革|命老区 → 太行; not a name's ending, a doubled character or a word of jieba's: 栋梁河|边, 新闻组|组长, 亚投行|将; one of two characters cut to the state it opens with, 乌|空军 → 乌, or a place of two dropped, 红芝|麻, not two sides: 中拉|关系); "
        "a level committee's standing member (省委常委) and a member of a party organ (小南海镇|党委委员, also cut at the organ: 党组|成员, or read into the body: …监督局党组|成员, also a government's or a political consultative conference's, with a former post's 原 left out: 四川省政协原党组|成员 → 四川省政协 + 党组成员) read as posts; a grid named by its place a LOC (龙泉|电网), a quoted service venue read as a place an ORG (“红色议事厅”), and so a care or service venue named with its place (椒江区颐养中心); an area word or a river's state cut off a place (浦阳江|流域, 长潭水库|大坝, 漳县|交界, 东北|主产区, 黄淮海|小麦主产区, 山西|交界处, also off a body read up to where waters meet, a place: 鄱阳湖|交汇处 (ORG), 汉江|洪峰, 东兴口岸|片区, 长三角|区域, 湖南|东部; also its first character: 长江上|游, 湖南东|部, or two: 辽宁中东|部; a part of the country read without its 部 dropped: 我国|中东|部地区, not 东北|部分地区), a county seat's 城 off its county (泸定县|城; a new or old seat's 新县城 or 老县城 off the county named short: 汶川|新县城), a dateline's 电 off a news agency (新华社|电), a count of people, households or bodies off a place (河南|158名县市, 悬崖村|282户, also in Chinese numerals after a place by itself: 杭州|八千多; a body so read left a place where it is a bare one: 监利县|2家医院 → 监利县, LOC), a time word off a place or body (国家发展改革委|近日), a date in digits off a person or post (赵厚麟|2014年), a person given the 娃 that ends Russian women's and Mongolian names (发言人|扎哈罗|娃, 乌云高|娃; not 娃娃), a town's or subdistrict's place before its government or office left untagged the government (汉昌街道|办事处 → 汉昌街道办事处 ORG), a place read short of its lake's or mountain's last character jieba reads with it given it (千岛|湖水 → 千岛湖, 青城|山 → 青城山), a post given the 驻村 left untagged before it (脚猛村|驻村|第一书记 → 驻村第一书记) or read into the village (嘎旦村驻村 → 嘎旦村), a head's post read as a body typed a post (冲口村|第一书记 (ORG) → TITLE), and a committee read as a post typed a body (广西壮族自治区|党委 (TITLE) → 广西壮族自治区党委, ORG), a member's portfolio left untagged before 委员 given to the post (党委委员、|宣传|委员 → 宣传委员), an untagged name of a bracketed byline a person ((记者 |方明| 通讯员 吴国强)), an untagged name of a common surname between a post and a clause mark its holder (副主任|应立标|，; not 总书记|曾指出, 副总经理|方总, 女秘书|强多了, 院长|任上), 向 or 从 read into a transliterated place cut off (|向纳卡|地区 → 纳卡, 从顿涅茨克 → 顿涅茨克), a place read on into the 乡村 of 乡村振兴 cut back to its unit or dropped (滕头村|乡村|振兴展示馆 → 滕头村, 还|就乡村|振兴战略), a place before the untagged rest of a cooperative's name the cooperative (老庄村|富民专业合作社 → one ORG; not 石堰村|引进荔枝专业合作社, 梨树县|大力发展农机专业合作社), a verb off a body's end (国家旅游局|监测, 新疆天业集团|自主; not 分行, 运动; also late or short: 财政部|发行, 欧盟|不会, 安理会|递信), a body that is a place with its unit or a water's ending read on into the work done there the place (沿着|永安溪|巡查, 安排|四川省|救灾应急补助; not 中国银行海南省分行, 黄河防总), a government's level word off the party committee before it (天津市委市|政府), a rank's level word off a place (贵阳|县处级), a predicate's first character off a place or body (国家出|台, 国务院委|托, and a body's 经 before a deliberation: 国家防总经|会商研判; not 组|织), a verb of taking a post off the body after it (调任|县委), an appointment's 为 off the body after it or the person before it (任命孙绍骋|为退役军人事务部, 任命傅政华为|司法部部长), an adverb of one character jieba reads alone off the end of a body before a verb (国家发展改革委|共|审批; not 捷摩共|主席), a determiner that opens a word of jieba's cut off the end of a place or body (公安局|部分|民警, 武警|广大|官兵, 湖南|广大|干部群众, 防暴队|全体|队员), a date or a flood's number off a place, river or body (洱源县|6号, 黄河|1号|洪峰; also a state's body, whatever its ending: 南非警方|17号, and a day whose 号 or 日 the span left out: 联合国安理会|4|号; not a street's number: 孱陵大道86号, nor a ship's: 南丫4号), a piece of work off a body, the place before it left (淮河|防汛, 东北华北|抗旱, 湖南|种粮, 救灾资金 dropped), a person's role off a body, the body or the place it opens with left (河南农业大学农学院|2011级硕士研究生, 安徽省蚌埠市龙子湖区|机关干部, 巴士司机 dropped), a preposition or conjunction off a place or body (…发射中心|用, 思明区|将), what follows 一名 off a place (盱眙县|一名社区书记), and the count off an elided list's last place (桃林、安坝|两村, 湖南古丈|三省五县; a count alone, 三省五县, dropped), a place read across 的, 同, 与 or 和 or an area word split into the two (和田地区|的|色格孜库勒乡欧尔奴什村, 加德满都|同|尼泊尔, two units of one level: 吉隆镇|和|樟木镇, not 南岗区和兴路街道, 长江|流域|四川, also a water after its basin: 长江|流域|姚家平水库; a generic word after the area word goes: 滇藏|交界深山), a railway, high-speed line, expressway or canal read on into a place parted from it (兴泉铁路|江西兴国, 京杭大运河|黄河; not a structure on it: 成兰铁路跃龙门隧道), and a place or body read across 与, 和 or 及 into the two bodies or body and place it joins (中央广播电视总台|与|广东省, 黑龙江|与|农业农村部, 国家发展改革委|和|国家能源局, and a place that ends in its unit and a national body: 资兴市|和|应急管理部; also a whole company, society, press or the like and any body after it: 五芳斋公司|和|雅莹服装公司, 中国宪法学研究会|和|检察出版社; two national or international bodies also where jieba reads the joiner into a word: 联合国|和世卫|组织; not a body named so: 工业和信息化部, 欧洲和外交部); "
        "a LOC or ORG run from a place into a predicate cut there (余杭区|大力, 拱墅区|出台, 宁夏|加大, 善厚镇|接连, 光明村|地处|秦巴山区, 福建|登陆, 在|四川|检查; an ORG also from a province's chain of places: 四川德阳|组织), a place or body ending with a whole verb or adverb word of jieba's (or a place with the adjective 新 or 大 opening the next word: 埃及新|宪法, 中华大|地) after a place the text tags elsewhere, a state, a province or a place word cut to the place, a LOC (柬埔寨特别|是, 中俄都|处于, 海南建|省; an ORG only at an adverb, a one-character verb or a predicate's opener: not 北京联想, 德国奔驰; not before 的 or 、: 四川大足的, 河北保定、; not a body's or route's word: 香港分行, 中欧班列东通道), a body into a verb that ends the span (国务院|委托, 黄河防总|启动) or through 委托 into the body it entrusts split in two (国务院|委托|审计署), a central body into the verb after it (党中央团|结, 中共中央委|托), a place or body into its residents (香港|市民, 卡塔尔|民众, also where it took 市 of 市民: 武汉市|民 → 武汉) or a place into the common noun it modifies (杭州|城市, 俄罗斯|国旗, 中华人民共和国|国徽, 加沙|平民, 埃及|法律; also where a late merge or completion ran it there: 河北 + 广大干|部); two states named by a character each, one China's, before 两国 a LOC (军乐团奏俄中|两国国歌), a place that took the 地 of 地区 read without it (顿涅茨克地|区 → 顿涅茨克, 中东地|区) but for a prefecture of China, read whole (阿勒泰地|区 → 阿勒泰地区), a place or body whose last character opens the word after it cut there where the rest is a country, province, place of jieba's or unique body (湖南警|方, 北约盟|友, 爱琴海海|域; not a name's ending character: 沈阳市|区, 斯洛伐克队|员, 浙西南|山区), a place or body ending on no name's ending inside a word jieba reads on past it completed where the word is 组织 or a unit of three characters or more (国际民航组|织, 北京市大兴|区; not 地区 or 人), two spans side by side that spell a state's name joined into it, a LOC (中华 (ORG)|人民共和国), a place or body that is two states' names side by side parted into the two, LOCs (秘鲁委内瑞拉 (ORG)|宣布 → 秘鲁 + 委内瑞拉, and so two provinces: 云南贵州|发生地震 → 云南 + 贵州; two teams stay bodies: 中国印尼|两队), a span stopping inside a state's name the text writes whole completed to the state, a LOC (俄罗|斯, 以色|列国防军, 阿拉伯联合酋长|国; not a state's name already: 刚果|（金）), or joined to the body after it that holds the rest and runs on (塔吉克 (PER)|斯坦共产党 → 塔吉克斯坦共产党), and one opening inside a state's bracketed name parted into the state and the rest (赴刚果（|金）维和部队 → 刚果（金） + 维和部队), a place read on into the 多 of 多地 cut there (乌克兰多|地; not 多伦多|地铁), a department read up to the 部 of 部门 given its 门 (国务院药品监督管理部|门, 伦敦消防部|门), a body named by its place completed where the word is a department's of three characters or more (内蒙古自治区体育|局, 公安|厅), and cut before the word where what is before it ends like a unit or body (伊朗外交部发言|人, 香港国际机场陆|路, 贵州省经济|社会 → 贵州省, LOC; not a congress or Party organ opening a post: 江苏省人大|代表, 国家税务总局党组|书记), the post right after taking the piece (师寨镇副|镇长 → 师寨镇 + 副镇长), or to the unique body it opens with (世卫组织关|系), and an ORG of common words only before such a word dropped (经济发|展, 人民监|督, 我国进|行) but where the word ends it like a body (古共中|央), a place, body or person that is only the opening of one word jieba reads on past it, itself no word, grown to the word where that is a unit's or body's name or a transliteration (香港特|别行政区, 黎巴嫩真|主党, 武警部|队, 纳坦|兹), cut to the state, province or place it opens with where the rest of the word is a word of its own (俄罗斯|卢布, 中德|关系), and dropped where the word is a common one (众志|成城, 外交人|员; not a cup named after a person, 尤伯|杯, nor 亚特兰大奥|运会, nor a place before the market it names: 沪深|股市), a body stopping one or two characters inside an organization's name of jieba's completed (中国人民政治协商会|议, 央视|网; not 武警|部队, 政治局|常委), a place or body stopping one or two characters inside the word for its venue completed (西安火车|站, 天山国际机|场, 约旦大使|馆; not a website: 官方|网站) and the common-noun head of a venue word alone dropped (前往|殡仪|馆, 三星堆|博物|馆), a place that stops inside its people's government, court or hospital made that body (南浔区人民|政府 → 南浔区人民政府, ORG), a leading or working group started inside a word given its name back to the mark before it (、中央党的建设工|作领导小组, 、第24届冬|奥会工作领导小组), a name cut inside its own ending completed (服务中|心, 活动领导|小组, 街道办事|处, 湖北省人民|政府, 海关总|署, 中国共产|党, 河南代表|团, 中央气象|台, 国务院新闻|办, 国新|办, 党中|央, 国家发展改革|委, 国家防|总, 阳光水岸小|区, 三官寺土家族|乡, 粤港澳大湾|区 (also before 区内, jieba's word: 粤港澳大湾|区内地九市), 霍尔果斯|铁路口岸, 沈海高|速, 浙江余姚施岙遗|址, 河南自贸|区; not where the rest opens a word that runs on: 北大|学子, 中国作协|会员), a body cut back from a verb opening with its ending (应急管理部|会同, 发展改革委|会同), an ORG stopping right before its whole body word given it (农机服务专业|合作社, 国家发展|改革委), a polder its 联圩 or 垸 (乐丰|联圩), a reservoir its 水库 (四明山|水库), a ministry its 农村部 (农业|农村部), a bank its 银行 (人民|银行), a range its 山脉 (罗霄山|脉), a place one character short of a dictionary place word given it (日喀|则; up to three where the piece is no word at all: 乌鲁|木齐, or where the rest is none and no generic word's: 喜马拉|雅山脉, 密西西|比河; not 华北|大平原; not a currency or games jieba tags as a place: 德国马|克, 巴塞罗那奥|运会), a place its village's or township's unit where jieba reads the unit alone (江桥|村村民, 独龙江|乡6个行政村; not 浙江|乡村, 苗族|村民, 郧西县|村干部), a banner its 前旗, 中旗 or 后旗 (内蒙古科右|前旗; not 天安门前旗帜), a province read with the first part of its city or county the name whole (江苏南|通 → 江苏南通, 甘肃镇|原 → 甘肃镇原), and a chain of places cut inside its last name (方山乡龙|现村, 安吉县黄杜|村农民) or before the river, lake or valley it ends with (平远县|柚树河); "
        "a committee joining two fields with 和 read as two ORGs made one (全国人大宪法|和|法律委员会; not 新闻出版署和国家版权局); a national or international body read in pieces made whole where the text reads its name (人力资源|和|社会保障部, 人力|资源社会保障部, 中央广播电视|总台, 上海合作|组织, 国际原子能|机构, also from a place read as its head: 上海|合作组织, 巴勒斯坦伊斯兰|抵抗运动: lists of national and international bodies, and of companies named without a body word: 华为, 京东方, 波音, 中国石油, 中国石化, and of groups abroad: 哈马斯, 塔利班, 真主党, 黎真主党); a name cut short where the text names it whole elsewhere completed as far as the text reads it (仓|前街道, 颐|乐园养老院, grown to the right also after a word: 就是企沙|镇, 俄罗 beside 俄罗斯, 乌干 beside 乌干达, 攀枝 beside 攀枝花 (a word jieba tags otherwise); also one stopping inside a word of a name the text tags, run on to its end: 甘肃酒泉永|久村 beside 永久村, or inside a word of a name the text tags twice or more, whatever its ending: 中兴通|讯 beside 中兴通讯, or short of a natural feature's name the text tags twice or more: 筼筜|湖, 平陆|运河 (not one read with a preposition: 经|曼德海峡); a person only whole: 阙|小敏; also a place read inside a person's name: 何|德兴; also one opening inside the name, given its start where it opens inside a word of jieba's or after up to three transliteration characters: 马克|思主义学院 beside 马克思主义学院, 杰|巴利耶难民营 beside 杰巴利耶, or after up to two characters of an administrative unit of four or more the text names as a place, alone or at a chain's end: 三官|洞林区林业站 beside 三官洞林区, 甲|拉西乡 beside 新龙县甲拉西乡; not 美丽|中国; and a person named once that opens a place the text tags, where it reads the place whole: 伊基|克), and a person that is the short name of a place named in full typed a place (瓜沥 beside 瓜沥镇, 库布其 beside 库布其沙漠: a desert, grassland, wetland, forest farm or range too; also a transliteration of four characters or more: 提克里特 beside 提克里特市), a name tagged two of LOC, ORG, PER "
        "in one text given its majority type (on a tie between a person and a place or body, the person where the name reads as one: 田荣华, 欧阳伟, or where a post stands right before a mention of it as a person: 埃及总统|塞西 … 塞西 (LOC)|表示, which also outvotes a majority of places or bodies where the name ends like no unit or body: 美国总统|奥巴马 … 奥巴马 (ORG)|呼吁, as a mention right after a resident's or role's word does: 贫困户|吉子尔古 … 吉子尔古 (LOC)|所在的; a compound surname read as a place completed to the person the text tags: 欧阳|伟, and so a piece of a name the text tags a person more often than a place, or as often where it reads as a person: 门|盛庆, 刘昌|法; a place or body that is the last part of a person's full name the text tags the person, with the first part before the dot where it is one: 德索萨 beside 马塞洛·雷贝洛·德索萨, 古兰拜尔|·|茹仙; not 华盛顿 beside 乔治·华盛顿), and tagged where the text mentions it again untagged, people found by the late rules too (three characters or more as whole words, or a person's mention whose last character jieba reads into the next word: 师红|兵家, not 李子|林里, or a place that ends like no unit tagged twice that jieba knows as a place or that ends like a place thing: 鼓浪屿, 荒田寨, 洋山港, not 风云四号, or a body tagged twice: 中央宣讲团, 人民政协, or a two-character person or body tagged twice and never with another type: 边巴, 严正, 俄军, 央视, not a party before its congress: 中共|六大, or a two-character place as one word, or a two-character person right before a post: 我和|普京|总统, or one of a frequent surname that is no word of jieba's, ending a word before a mark or a word of two characters or more: 在|张劼|心中; not 丁香, 钱七|虎; never inside a 《》 title; also a tagged city's or county's short name: 天水 beside 甘肃省天水市, and a unit of a tagged chain named alone: 下党乡 beside 福建省寿宁县下党乡 (also after a preposition jieba reads into it: 在外|纳镇 beside 武都区外纳镇), also after a province named without 省: 两当县 beside 甘肃两当县, and with its unit after a county named short after its province: 景谷县 beside 云南景谷 (not a common noun's short name: 广西资源县), not a 区; not inside a quotation or before 站, 路, 社区 …); a person the tagger never tagged whom the text names three times or more, three characters after a frequent surname as whole words, two of the mentions opening a clause or after a post or role, tagged at every mention (…旅长的林上斗，…林上斗很痛心, 村支书|麻妹英; not a surname and a role or noun: 吴师傅, 张照片, nor inside a quotation: “三严三实”); a resident's name left untagged right after the resident word, two or three characters after a frequent surname up to a mark, 家, 说, 的 or a verb, adjective or adverb of two characters, a PER (茶农|石国平|家有, 茶农|叶根土|高兴地说, 村民|朱西存|、; not a surname and an honorific or kin word: 村民王大娘, 村民何伯, nor a word opening there: 群众|陆续返家, nor the residents' verb after 受: 受市民|钟爱); a place, body or person run one character into the next word cut back (华容县|统筹, 汶川|特大, 嵊州市|山多地少, 陕西省|新登记, 上海虹桥|火车站, 吴晓东|汇报, 张冠军|乱作为, 澳角村|村集体, 大庄村|村部, 化屋村|村口, 代村|村支部书记, 长江江|心, 克拉伦斯河河|边, 黑龙江省新|农村; also a place jieba reads into a common word with what follows: 中国国|歌, 神州大|地, 英国首|相; not 亚特兰大奥|运会, 中国京|剧, MSRA's places, nor 南疆铁路, nor a town known by one character and its unit before its party committee, alone or after its county: 湖镇镇|党委副书记, 缙云县壶镇镇|党委, nor a transliteration: 皮尔庞特|等; a head's post read on into the 长 of 长达 cut back: 市长长|达22年 → 市长; grown instead where the rest is a place: 福建厦|门 → 福建厦门), a five-character person two (张俊峰|超标准, 尹计平|东奔西走; also a four-character one: 黄武|超标准, and one ending in 涉黑 or 涉恶: 张伟|涉黑组织), a dictionary name read into the first character of the word after it, the two one dictionary word, cut back (马克思主|义, 毛泽东思|想; not 马克思列宁|主义), a person read on into 在 and a place or, with four characters, into an adverb cut there (黄强|在长春, 王彤|非常), and one read into the 致 of a message sent (马克龙|致慰问电), and into the 涉 of 涉黑 or 涉恶 (为郑琦|涉黑组织), and one read into 为 and part of the word after it (庄仕华|为牧|民们), or a long one into a preposition and its object (施芝鸿|对十八大), a transliterated one into a one-character word after it (哈勒吉|时, 萨金塔耶夫|偕, 阿巴斯|不, 里贝罗|各), and one read into the 违 of 违规 or the whole breach (廖晖|违规, 诺姆|违宪) or the 记 of an award (叶友达|记一等功), a four-character name ending in an adverb or preposition cut (何立新|正, 丁仲礼|向), and one of four or five ending in an adverb word (汪洋|充分, 李兵昌|故意) or in the kind of a sanction after it (王天琦|政务记过处分), or, of three or four, in a speaker's 作 (翁杰明|作关于…的报告, 王晨|作的关于…的报告, 王晨|作的有关…的汇报, 章轲|作了说明, 吴政隆|作交流发言, 徐立新|作部署, 吴玉韶|作讲解, 万钢|作主题发言), or, of three, in the first character of 参加 or 一同 (尤权|参加, 王晨|一同看望; not 何大一|同志), a preposition, or the last character of the word before or the first of the word after, or a character jieba reads as a word of its own and no surname, read into a person cut off where the text names the person without it, or before a leader world news names (向|普京), or before a foreign name written with a dot (习近平|向劳拉·费尔南德斯), and 及 off a person of five characters or more (安倍昭惠|及) (向|赖淑芳, 应|胡锦涛, 但|亚努科维奇, 悟透|习近平, 调研中|王沪宁, 感谢|洛伊特哈德, 触动了|娜布琴, 赵彪|成为, 聂开|刚当选, 习近平|新时代, the person's home: 马俊|家, 蒋乙嘉|定下: four characters after a common surname; up to four characters where a verb, preposition or adverb of jieba's opens there: 曲青山|作宣, 李屹|为文化, 姜伟|做; not a Japanese full name whose family name the text names alone later: 河村建夫 … 河村表示; nor the start of a name the text gives whole more often than its rest, twice or more: 罗州仁青 seven times beside 罗州|仁青 once; not 刘奇|葆 or 习近平|和本扬; also a two-character word after the name or before it: 刘先伟|明白, 习近平|同志, 关怀|李佳莉, or two opening a longer word: 徐淙祥|高中毕业), a person the text names and the verb after it split out of a place read across them (李昌银|帮助|三板村), or a place that is the name and one word after it, or the first character of the next word, the person (解良|来, 刘云山|仔细), a person stopping inside the last part of a Tibetan name given its last character (次仁平|措, 达娃平|措), and a person read without the 古丽 that ends many Uyghur women's names given it (阿明|古丽), a person stopping inside a name of jieba's dictionary given the rest of it, one or two characters (安倍晋|三, 特朗|普, 邓稼|先; not 邓小平|理论, 殷切希|望, 伯顿|法), a two-character person given the third character it left out before punctuation, 的 or 是 (何祥|美，, 杨成|业是; also right after the post it holds or a resident word, before a verb, preposition, adverb or time word of jieba's or 说, 带, 到, 在, 对, 向, 为, 与: 副主任委员王鸿|举作的, 队长楼建|军带着, 部长黄坤|明在座谈会上, 副部长詹成|付日前, 政委何忠|友参加, 村民陈积|武说, 农民任玉|增去年, or a day of the month: 委员长栗战|书9日, or the 记 of an award: 研究员任辉|启记三等功, with the name's other mentions so cut; not 张军|则透露, 马涛|借举办, 陈彪|因对, 杨斌|拿起, also one jieba reads as a word with the name's last character: 陈全|国、, 丁世|兄，; not 刘宇|摄, 屈原|杯, 王晨|作的, 邢镭|很是着急; 和 only right before a mark or, after the post the person holds, a verb of a talk or meeting: 魏凤|和、, 常务主席罗富|和主持; 中 only after the post the person holds and before a mark or 的: 副总理刘国|中，, 省长王伟|中的 (not 村民王强|中的); or the character after every one of its three or more mentions where it opens no word: 韦昌|进, 蔡福|想, or after all of two or more mentions in the text, tagged or not: 黄循|财, 钱七|虎, and a name of no common surname: 香九|妹, 斯蒂芬|金, also once more at the end: 尼玛石|曲; not 韩正|等, 莫迪|致, 佩洛西|窜访, 赵明|之, 汤尤|杯, 陆磊|表示, a speaker's 作: 刘奇|作的关于…的报告, 王晨|作的大会秘书处工作报告), and a given name read alone its common surname after a role or a mark (返乡创业青年|何|俊杰; not 和|家宝, 防卫相|稻田), and a frequent surname read alone right after a post given the one or two untagged characters up to a verb of a report (政协常委|吴|在学建议, 主任委员|杜|家毫作了说明; not 张|书记, 王|在北京), a person that is two people the text names apart, or two joined by 和, or a name and a preposition before a person the text names, or two the text names and a verb of up to three characters between, split (王沪宁|蔡奇, also into more than two: 李强|赵乐际|蔡奇|丁薛祥|李希|韩正, 周坚红|和|梁春荣, 贝德高|向|李克强, 梁英|建议|王定福; not a transliterated name at its dot, nor at a space by it: 菲德尔·卡斯特罗, 菲德尔 ·卡斯特罗), a person read on into the words around a name the text tags as a person elsewhere cut back to the name, where the words cut off are whole words of jieba's it counts often or a preposition or verb of one character, or open such a word jieba reads across the name's end where the text writes the name more often without them (祝贺|瑟利夫, 老红军|杨思禄, 赵乐际|充分肯定, 侯杰|做, 吴坚|决定, 毛相林|立志; a world leader's name counts as tagged: 文莱苏丹|哈桑纳尔; not 祝|小龙, 约翰·|博尔顿), and a person tagged in part read whole where the text tags the whole name elsewhere and reads it there (同卢|卡申科 → 卢卡申科, 呼日勒 (LOC)|苏赫 → 呼日勒苏赫), a state or city and its post read with the holder as one person split out (阿布扎比|王储|穆罕默德), and a post word read alone as a person a post (穆克林的|王储|和第一副首相职务), a news caption's speaker after his post and a space before a colon a person (商务部部长 高虎城 (LOC)：), the names of a roster, one member a line before the body and post, tagged as persons where the text holds two such lines or more (组 长：韩 正  国务院副总理, 戴|东昌 (ORG)  交通运输部副部长, 宁吉|喆, 黄 卫), a name in a list of people read as a place or cut before a place's abbreviation a person (石泰峰、|刘国中|、张国清, 刘国|中; also the last before 出席会议: 何维、|武维华, or before 和: 芦艾林、|范先红|和), and one left untagged there a person where it opens with a common surname and is no word or place of jieba's (王沪宁、|栗战书|、杨洁篪等, 刘延东、|栗战书|和有关方面; a post read inside it goes: 栗|战书 (TITLE)), a place or body left untagged between two of one type in a list of them tagged with their type (太浦河、|元荡|、汾湖, 财经委、|外事委|、社会委; not a generic word, a post or a role), a two-character person that runs into a word, or is a common word of jieba's of its own, after a post whose holder is named before it dropped (习近平总书记|曾来|到, 习近平主席|洞察|全球形势; also three characters, a function word and such a word: 总书记|向全国|宗教界人士; and three or four characters that are a set phrase or word of four jieba lists, or an adverb and a count: 总书记|齐家治国, 总书记|曾三进|下党乡), a person that opens with a preposition, conjunction, verb, adjective or adverb jieba reads there and runs into the next word, or is a preposition or conjunction or a verb, adjective or adverb jieba counts more than 1,200 times (对习近平总书记、国家主席|成功|访越, 阮富仲总书记是|坚定|的), or of four characters an adjective and a noun jieba lists whole rarely (做出了|杰出贡献) or two words it counts 100 times or more each that are no transliterated or regnal name (为科技人员|施展才华|提供了舞台, 赫赫战功), dropped (总书记|关于宗|教, 总书记|关于|西藏), and so is the head of a set phrase jieba reads as one word past the person where it opens with such a word counted 100 times or more (受到|严肃|处理 as 严肃处理, 努力|提高, 重大意|义); a post read on into the verb after it cut there (王晨副委员长|主持会议, 书记|主持, 首任总统|颁授; chairing or attending after any post: 院士|主持), a post's charge or 任 (serves as) cut off its start (县水利局分管|副局长, 中央财办分管日常工作的|副主任, 谌贻琴任|组长), or into a preposition, conjunction, time word, a verb of one character ending it or 领导/委托/职务 (总书记|领导下, 国家主席|先后同, 委员长|和, also where jieba reads the joiner into the next name's word: 主席|和普京总统, 副主任|兼, 董事长|职务, also jieba's one word 部长职务) or an adverb that opens no post (主席|将在, 主席|分别同; not 主席特别代表), and 主持 with what is chaired, 出席, 委托, 分管, a few other verbs (默克尔|连任, 张国春|追记|一等功, 圭方|支持|习近平主席, 普京还|提议|梅德韦杰夫, 学习|领会|习近平主席, and 代理 before a clause mark: 由副总统特梅尔|代理|。), a spouse word (武契奇|夫妇) or a discipline committee (湖北省|纪委|给予处分), no post (陈希|主持会议, 汪洋|出席|专题协商会, 并|委托|王晨副委员长), and no post either where it names the holders as a kind: before the meeting they hold, with no person right before (二十国集团|领导人|峰会, 中塞|总理|会谈; not 同桑切斯|首相|会谈), or 党和国家|领导人 (also 党和|国家领导人) before the leaders' names, or after a body opened by 各 with no person after it (各|中央巡视组|组长); a dictionary place between 在 and 召开/举行 left untagged tagged a LOC (在|杭州|召开), a pilot free trade zone named with its province in brackets one LOC in place of the pieces read inside it (中国 + 湖南|自贸试验区 → 中国（湖南）自贸试验区; not inside a 《》 title), and so one or a free trade port named by its province alone (海南|自由贸易港, 浙江|自贸区, 上海自贸|试验区; not 亚太自贸区, an agreement; and a lone 港 read inside a free trade port named by no province dropped: 中国特色自由贸易|港), a body's name holding a place in brackets, read as two spans split inside the brackets, one ORG (中科光电|(|长春)股份有限公司, 中国石油大学（|北京|）), a national or international body of four characters or more read with a person or place inside it read whole, an ORG in place of the pieces (国家大|呼拉尔 (PER)|主席, 中非 (LOC)|合作论坛, 文化 (PER)|和旅游部), a national or international body left untagged tagged an ORG (and a post left untagged after it, or after a state tagged so, read as after any body: 世卫组织|总干事|谭德塞) where it is whole words that touch no span but its post, or ends where its post starts (记者从|水利部|了解到, 国家防总|今天发布, 农业农村部|部长, 上合组织|成员国, 住房和城乡建设部|党组书记; not 水利部|门, an event named after it: 上合组织|峰会, a document's number it opens: 国办|函〔2004〕57号, a ministry after a place or a count of states: 美国财政部, 七国|财政部, nor inside a slogan's quotation marks or a 《》 title), a state, province, city of China's or foreign capital left untagged tagged a LOC (a city of China's only where no name reads as it and it is no common word: not 来宾, 大庆, 安康; a capital not where jieba may read it as a word: 里加, 马累) where it is a whole word that touches no span before a mark, 的, a joiner or a common verb, or before a state's post (also where jieba reads the two as one word: 英国首相), or before anything but a body, event or programme it names (土耳其|拥有, 在|福建|投产, 山西、|山东, 也门|总统|哈迪, 对|也门|人道主义局势, 造成|江西|多地干旱; and a state listed right after a tagged place across 和, 与, 及 or 、 whatever words jieba reads there: 中国和|越南|移管, jieba's 越|南移; not 中国国际消费品博览会, 健康中国战略, 北京时间, 山东舰, 吉林一号; not before a rare verb of jieba's that is a county: 湖北|建始, nor where the clause goes on to a body it opens: 也门改革集团, nor in a clause of sport), a village, township, town, county, street or community left untagged whose two-character name jieba knows as no word (or as a rare one, counted 20 times or fewer: 油房村, 板升乡), where the text names it twice or after 在, 来到 or the like, or after a place of a higher level (来到|化屋村, 在|峰源乡, 日本|新潟县, 疏附县，|站敏乡; not a verb and a character: 去喊|村医, 仙居县|共设县), or whose name the text gives another unit (许厝村 … 改造为|许厝社区), a LOC, a Japanese name right after a Japanese post in a text that names Japan, a listed family name and a given name of two characters, or three ending in 郎, 夫 or 子, or one before a longer word, a PER in place of the pieces read inside it, with its post a TITLE (首相|高市早苗, 党首 + 首枝野幸男 → 党首 + 枝野幸男, 总务 (TITLE)|大臣新藤义孝 → 总务大臣 + 新藤义孝, 经济|产业|大臣 → 经济产业大臣, 委员长|浜田靖一, 稻田|朋美, 石破茂|今天), a foreign city read as an ORG, alone or after its country, a LOC, but in a text that speaks of sport or football betting (飞抵|俄罗斯符拉迪沃斯托克, 在|伊斯兰堡|会见; not 火线博胆：…|罗马|获威廉希尔力挺), a world leader's name world news writes often read as a place or body a PER (与|塞西|进行单独会晤, 同|哈桑纳尔|举行会谈), a state's side, its abbreviation and 方, read as one span of any type the abbreviation, a LOC, where it abbreviates a state or the text names a state that opens with it (中方愿同|蒙方|深化合作, 巴罗表示，|冈方|感谢; not 北方, 双方, nor the written labels' person 曲方; also read on into the verb or adverb after it: 马方|愿, 俄方|会; not a body of the side: 法方赞助委员会; and an abbreviation read on into 经济社会: 支持|马|经济社会|发展), and so one left untagged where jieba reads the two as a word or 方 alone (|塞|方愿同中方; not 以|方便, nor where the text names no state and reads no abbreviation of one, but 中方, nor earth moved: 动|土方|８０万方), a state's one-character abbreviation right before its head's or minister's post, read as a person or left untagged, a LOC, or read into the post, parted from it (乌 (PER)|总统|泽连斯基, 匈|外长, 俄总统 (TITLE)|普京 → 俄 + 总统; not the preposition 以 or the postposition 中 after a word: 首次以|副总统身份, 谈话中|总理; a surname's only before a foreign post: not 韩|总理), and a local post of the written labels left untagged between a place and its holder a TITLE (月亮桥村|护林员|章德富; also with its field between: 沙溪村|地质灾害|监测员|雷水根), a post left untagged right after its place or body (or its 原: a former post; also a member of its party organ: 河北省人大常委会原|党组成员|、副主任宋太平; also a state's post: 英国|首相|卡梅伦, 沙特|国王|萨勒曼, 伊朗|最高领袖, 日本|防卫大臣|森本敏) a TITLE where it gives a person of its clause a post, also one the text gave the person before (美国总统特朗普 … 美国|总统|特朗普14日), and its holder a PER where jieba reads a name of a common surname right after it (a post word there joins the post and is no holder: 日本|首相顾问|饭岛勋), or after a state's post a name its dictionary lists (邹文斌是崇仁县塘坪村|党支部书记, 工业和信息化部|部长|苗圩, 日本|首相|安倍晋三, 全国人大环境与资源保护委员会|主任委员|高虎城), and a leader's name left untagged where it opens a clause before a leader's post and a verb of chairing, attending or speaking a PER, with the given name a post took given back (。|栗战书|委员长主持会议, 栗|战书委员长 → 栗战书 + 委员长), or after the post, tagged where it was not, a PER of three characters that reads as surname and given name (主席团常务主席|栗战书|主持会议, 全国人大常委会委员长|栗战书|主持会议; not 总理|周二晚|表示), and a post left untagged right after a person where the text tags it after a person elsewhere, or a leader's post (习近平|总书记|强调, 李克强|总理, 洪森|首相), or after another post and 、 where the text tags it elsewhere and the list ends or goes on (省委委员、常委、|书记|，), and a deputy's or member's post left untagged right before a person where nothing of a name stands before it (全国人大代表|赵振香 → 全国人大 + 代表, 全国政协委员; also before a list of the person's posts: 全国人大代表、|项目质量总监|邹彬; a level's or the bare 人大 or 政协 in the post: 县人大代表, 人大代表, also where the tagger read the bare one as the body: 人大代|表; after a party congress only 代表: 十九大|代表), a state or province and the body left untagged between it and a post one ORG (伊朗|原子能组织|发言人, 美国|疾控中心|主任, a security council or council of ministers: 俄罗斯联邦|安全会议|秘书, 秘鲁|部长会议|主席; not a government or an indefinite body: 北京|一大型银行|交易员), a spokesperson's post left untagged right before a person tagged, with a 新闻 read alone as the post (联合国人道主义事务协调厅|发言人|延斯·莱克, 俄罗斯外交部|新闻 (TITLE)|发言人|扎哈罗娃), and so other posts of world news (叙利亚问题|特使, 欧盟外交与安全政策|高级代表, 加州|州长, 日本|法务大臣, 支持|总统|哈迪, 反对党|领袖, 原|司令员, 乌克兰武装部队|总司令, 特别|报告员; with a deputy's 副 or a grade: 原|副司令员, 一级调研员) and a UN representative's 代表 after the UN (中国常驻联合国|代表|李保东; not 李源潮|代表|习近平主席), a rank or house left untagged right before a post taken into it (墨西哥众|议长 → 众议长, 伊朗第一|副议长 → 第一副议长, 第二副|首相, and 副 after an appointing 为 or 任: 被任命为|副|王储; 众 or 参 only before a speaker's or member's post, also where the tagger read it into the body or state before: 美国国会众|议长 → 美国国会 + 众议长), and a head's post left untagged right before a person the tagger tagged, where it starts a word of jieba's and a bare village, community or 驻村 before it goes with it (驻村第一书记|杨再东, 村支书|吴天来, 社区书记|伍加木, a portfolio member: 镇党委委员、|组织委员|吴丽萍, and then the party member before it: 凤凰街道党工委|委员|、组织委员 → 凤凰街道 + 党工委委员, also 国务委员, a national post that names no body: 国务委员|杨洁篪; not a village's own name: 返底村|党支部书记; not a local post, a role there: 管理员|傅建华), and a head's post left untagged anywhere else in a clause where it makes a person of the clause an official, as whole words that touch no span (石顺莲是当时十八洞村的|党支部书记, 林丹担任|党支部书记, 王家元当选为村|党支部书记; not 质量管理员, 习|总书记), a committee read into its chair's post (主任委员) given back as the body, with the rest of its name before the piece up to a span or a word that names no field (宪法法|律委副主任委员 → 宪法法律委 + 副主任委员, joined to 全国人大 where it touches it, also where only its 委 went in: 农业农村|委主任委员 → 农业农村委; not 听取了), two pieces of one post with one or two nouns of jieba's left untagged between them and a person right after joined (俄罗斯总统|新闻|秘书|佩斯科夫 → 总统新闻秘书, also where the leader's post is left untagged after the state: 俄|总统新闻|秘书 → 俄 + 总统新闻秘书; not 原: 党委|原|书记), and an envoy's post left untagged between the place he is stationed in, after 驻, and his name (中国驻伊朗|大使|郁红阳; not an embassy: 驻美国|大使馆), with the 大 the place took given back (驻华大|使 → 华 + 大使)"
        ", and a bureau's section read into its head's post right after the body goes to the body (宝鸡市市场监督管理局|计量科科长 → …计量科 + 科长)"
        ", and a river, reservoir or polder read with its embankment or dam cut to the feature (三角联圩|大堤, 团结水库|大坝)"
        ", and an untagged national, international or company name joins the organization read right after it (上合组织|秘书处)"
        ", and a lake or river tagged once, or a valley or polder a chain of places ends with, is tagged where named again (淀山湖, 高昌区|葡萄沟 … 葡萄沟)"
        ", and 环 (around) cut off a lake, river, bay, sea, state or province after it (环|北部湾, 环|太平洋; not a route or county: 环贵州高速公路, 环江), and a lake or river read one character short where the text tags it whole given that character (环铜|鉴湖 beside 铜鉴湖)"
        ", and the 亚 (Asia) opening 亚运会 or 亚残运会 cut off the host city or dropped (杭州亚|残运会 → 杭州; not 东南亚|运输)"
        ", and a subdistrict's office or a zone's committee left untagged after its place made the ORG (白云街道|办事处, 甬江科创区|管委会) and, written bare after a party post, part of the post (街道党工委副书记、办事处|主任)"
        ", and a supervisory commission named by its level part of the post after it (市监委|主任 → 市监委主任, as 市纪委书记)"
        ", and compounds of disaster work read as a body dropped (检查|防汛防台|工作, 防汛抗旱, 防灾减灾; not the headquarters named for it)"
        ", and departments a body sets up inside it dropped at every mention (合作社内部成立|信用合作部、资产盘活部…等部门; not a ministry a government sets up: 组建了信息产业部)"
        ", and a place with a direction's area word read as a body a place, the direction cut off (湖北中南部 (ORG) → 湖北)"
        ", and a conjunction or adverb read into a place or body the text tags alone cut off (可|海城乡 beside 海城乡, 但|明州)"
        ", and a meeting's branch or main venue cut off the place before it (云南|分会场)"
        ", and a community with a shared future read as a body cut to the states that name it (中非命运共同体 → 中非, 上海合作组织命运共同体 → 上海合作组织; 人类命运共同体 no name; not 东非共同体)"
        ", and 新开发银行 (the BRICS bank), 联大 (the UN General Assembly), 禁化武组织 and 禁止化学武器组织 (the OPCW) and 集体安全条约组织 international bodies, also where the tagger read the body's last character into the post after it (联|大主席 → 联大 + 主席)"
        ", and a place or body read across 驻 to the place of a posting parted into the sender and that place (叙驻联合国 → 叙 + 联合国, 驻喀布尔 → 喀布尔; not 中国人民解放军驻香港|部队), and 常驻 no post"
        ", and a road, line or place named by its number left its numerals (１０８国道, 2号线, １０９路总站, ２４号阶梯教室), a dash going with a figure cut off a name's end (亚洲卫星—|３), and a bare 商场 no name"
        ", and a post of two characters a surname names not read as its given name (胡|秘书 stays no person; 栗|战书 → 栗战书)"
        ", and 全军 (the whole army) no name (GENERIC_WORDS)"
        ", and a place's schools as a kind read as a body the place (贵州中小学 (ORG) → 贵州, 江苏高校)"
        ", and a railway or road named by two abbreviations whose first alone was tagged made whole (赣|深高铁 → 赣深高铁)"
        ", and a river's mouth cut off it as an area word (长江|入海口)"
        ", and a professional rank read as a post dropped (高级林业工程师, 农艺师; not 总工程师)"
        ", and a river's banks cut off it (南河|两岸; not 海峡两岸)"
        ", and a school's or hospital's branch read as a place an ORG (海慧幼儿园宋家山分园, 保定一中分校; not a campus: 伯克利校区)"
        ", and a country or province read as a body before its athletes the place (中国|选手 → LOC; not 中国队)"
        ", and 核 (nuclear) cut off the country before it (伊朗|核问题)"
        ", and 北斗 (the satellite system) dropped before its number or a word of the system (北斗|三号, 北斗|导航卫星)"
        ", and a full name of jieba's dictionary not read on into the character after it through a text (习近平|新时代)"
        ", and a name's last character read as a one-character post before its post, or with chairing as one, given back to the name (栗战|书|委员长 → 栗战书 + 委员长, 栗战|书主持 → 栗战书; not 总 or 副, which open posts: 习|近平|总|书记 → 习近平 + 总书记)"
        ", and animals of wildlife stories and courtyard houses no names (丹顶鹤, 麋鹿, 四合院)"
        ", and 评价, 主旨 or 组合 read as a post no post (高度|评价|习近平主席, 主席的|主旨|发言, 法国|组合)"
        ", a body read on into a verb and past it cut back to its name (国家航天局|发布|天问二号探测, 美军|侵略; not a unit whose name holds a verb: 国家发改委体改司), and a place ended inside a common word after it cut back to the place (朝鲜|发射卫星, 纽约|公寓楼; not 北流江|边)"
        ", and the subject of a central work conference no body (中央政协|工作会议; not 中央军委|工作会议), nor the field of a national conference of department heads (全国组织|部长会议, 全国社会工作|部长会议), a national body's name read on into a verb, preposition or adverb of one character cut there (国家防总|派工作组; not 发 of a document's issuer: 国办发), and one a verb of policy news opens cut after it (深化|国务院|机构改革)"
        ", and transliterated persons with a hyphen between them one (鲍里斯|-|约翰逊 → 鲍里斯-约翰逊)"
        ", and a state named with 和 one place (安提瓜|和|巴布达 → 安提瓜和巴布达)"
        ", and 全党 (the whole party) no name (GENERIC_WORDS)"
        ", and a newspaper or magazine in 《》 its name alone, an ORG, the state before it a LOC and a post after it the paper's (英国《卫报》 → 英国 + 卫报, 《求是》杂志 → 求是, 德国《经济周刊》前主编; untagged: 来源：《浙江日报》, 美国《纽约时报》刊文; not a document's or column's title: 《新闻公报》; a body named after one stays whole: 《南京大屠杀图证》编纂工作委员会; a paper's kind after the title makes it a paper: 《今日美国》报)"
        ", and an ORG that is a place with its unit and one character that ends no body the place, a LOC (西湖区数|智党建 → 西湖区; not 乌克兰地区党, 杭州市府)"
        ", and a supply station read on into its area before a manager gives the area to the post (供电所台区 (LOC)|经理 → 台区经理, the bare station dropped; 斜桥供电所 kept)"
        ", and a range's spur, a region's edge and its water country area words off a place (秦岭|余脉, 青藏高原|东缘, 江南|水乡)"
        ", and a post read with a body named by its kind alone, no span or name before it, without the kind (。中心|主任屠海峰 → 主任, 该中心|主任; not 客户服务中心主任)"
        ", and a one-character town, township or village whose character jieba reads with the one before given that character (听街|头镇 → 街头镇; not 宏村, 耿镇), and a village, or a body named by it, given the numerals its name opens with (讲述十八|洞村 → 十八洞村; not after 第: 第十八|洞村)"
        ", and a piece of a typhoon's quoted name dropped like the whole (台风“桦|加沙|”, “利奇|马”), and a quoted name the text makes land in a text that names a storm (“利奇马”在…以热带风暴级登陆 … “利奇马 (ORG)”已造成)"
        ", and a museum, memorial hall, former residence or library by its kind alone no name (在|纪念馆|不远处; BARE_BODY_KINDS)"
        ", and a town read as a body before the summit or forum it hosts a place (乌镇 (ORG)|峰会)"
        ", and a place stopping inside a village, town or county the text tags elsewhere gone on to its end, late, or across a joiner parted into the elided name and the place (宕昌县山|背村 beside 山背村 → 宕昌县山背村, 罗湾和山|背村 → 罗湾 + 山背村)"
        ", and a body's bare 纪检组 or 纪检监察组 no name, before its head's post part of the post (纪检组|组长 → 纪检组组长), and 村官 a role"
        ", and a national, provincial or county road read without its number given it, a LOC (国道|219, 219|国道; a bare 国道 no name), and one left untagged or read in part tagged whole (104国道, S222省 (LOC)|道 → S222省道; not 国道、省道|３１|公里), and the last name of a list of people before their count a person (李玉芳、|高胜福 (LOC)|5位)"
        ", and a river and the place naming a section of it, read as one before 段, two places (汉江紫阳|段 → 汉江 + 紫阳; not a province: 浙江嘉善), and 段 an area word off a place (青浦|段)"
        ", and a place or body read on into a policy term cut where the term starts (柚树河|幸福河|湖 → 柚树河; 幸福河湖 a term; not 国务院南水北调办公室)"
        ", and the untagged places of an elided list closed by their count and unit tagged one by one, late (沿线|仁居|、|差干|两镇; not 国内、国际两个市场)"
        ", and 大江 (big rivers), 住建 (the housing field) and 公报 (a communiqué, also in its 《》) no names (GENERIC_WORDS)"
        ", and a river read one character into its section's place cut back to the river (元荡黎|里段镇级河长 → 元荡), but not parted on a doubled character (长江江|阴靖江段 stays whole)"
        ", and a verb of crossing or bordering cut off the place it takes (红军谱写了|四渡赤水河 → 赤水河, 巧渡金沙江 → 金沙江, |北临长江 → 长江, |东至深圳公明水库 → 深圳公明水库; not the county 东至县), and a province read into the first character of the word after it cut back (海南非|遗 → 海南, 河北乡|村 → 河北), and 城 of 城乡 off a place no city holds (仁怀城|乡居民 → 仁怀; 晋城 stays)"
        ", and a resident's name left untagged after the person's age tagged as after 村民 (今年62岁的|雷水根|，; not 85岁的孙大伯)"
        ", and spans inside 念兹在兹 (keeps in mind) no names (总书记|念兹在 (PER)|兹)"
        ", and 你省, 你市 (your province or city), 国产 and 申办 no names and 你省, 我省, 全省… off a chain they open (赴你省|巴东县…), a document's issuer code read as a person none (鄂政文〔2004〕), and nothing inside 非首都功能 (北京|非|首都功能)"
        ", and from gov.cn documents: a place read with 名义 as a body the place (以哈尔滨市|名义), bodies and zones by their kind no names (门户网站, 杂志社, 联席会议办公室, 高新技术产业开发区, a bare 自治区), nor 职责, 市场监测, 常务, 高级, nor a roster's padded header read as a person (成 员)"
        ", and a place read without its county's, town's, township's or village's unit given it, late, before a mark or joiner or where the text tags it with the unit elsewhere (沿河|县等, 黄杜|村农民 beside 黄杜村; not 南昌|市区), and a lone 亚 before 残运 dropped (亚|残运测试赛事)"
        ", and a place read on into 全市, 全县 … and what follows cut back to the place (临安|全市中小学 → 临安), and a place or body that opens with 全县, 全市 … no name (视察|全县养老服务中心|建设情况), and 马拉松 no name, nor 黑洞 or 卫星"
        ", and a body opening with the 和, 与 or 及 that joins it to a person tagged right before it and named by its level without it no name (叶青|和县民政局 → 叶青 + 县民政局; not 安徽省和县民政局)"
        ", and orchards, a plant's grounds and festivals no names (古|桑园, 茶园, |新厂区, 这个|中秋; GENERIC_WORDS), a festival read as a body not merged into the body before it (中央广播电视总台|中秋|晚会 → 中央广播电视总台), and a federation's 联合会 cut off a body read into 联合会商 (中国气象局联合会|商 → 中国气象局)"
        ", and a head of state's post tagged again before its holder with its 国家 (国家|主席|习近平), and an expressway, railway or road and its section's province read as one before 段 two places (许广高速湖南|段; and its province and city: 沪蓉高速江苏常州|段, not cut at the 江 of 江苏)"
        ", and a weak or lagging village by its kind (软弱涣散村, 后进村) and 中管 (centrally administered) no names"
        ", and a bureau named by its level that jieba reads as one word no name (、县公安局|局长, 市教委; not 市南区民政局)"
        ", and a cadre however qualified a role, not a post (村干部|臧春英, 机关干部)"
        ", and a place read short of the village or town a chain names at its end grown to it on a word's start right after the unit before it (当选小|台子村 beside …黑山科乡小台子村)"
        ", and a name before a comma and a dated election or taking of a post the holder of the post after it (李清学，2021年当选…党支部书记; also 担任, 出任)"
        ", and a place or body before 之一 (one of) a kind, cut to the place or state it opens with (英国|老牌航空公司之一 → 英国) or dropped (极贫县之一)"
        ", and a name after an athlete's role read as a body a person also where it is a common noun (中国选手|童心)"
        ", and nothing inside a head's quoted nickname ending in the post (“月光书记”; not a quoted post: “第一书记”)"
        ", and a desert tree, a winding mountain road and a wind farm no places (胡杨, 盘山路, 海上风电场; GENERIC_WORDS)"
        ", and a village's or town's doubled unit before a head's post not a party organ's given to the post (邹城韩庄村村|主任 → 邹城韩庄村 + 村主任)"
        ", and a body's last character read into its deputy's or former head's post ending with it given back (杨湖海事|所原副所长 → 杨湖海事所 + 原副所长)"
        ", and a name before a comma and 现在, 目前 or 如今 before a verb of holding the holder of the posts after it (陆秀兴，现在是…党委书记、村委会主任)"
        ", and a dirty or hollow village by its kind (脏乱村, 空壳村) and a food street (美食街) no places"
        ", and officials: one entry per person and post also where the text names the body once with units of its chain left out (甘肃酒泉永久村 beside 甘肃酒泉市永久村), with the fuller body"
        ", and a name before a comma and a clause of only places, bodies and posts ending on a post the holder of those posts (袁少敏，孝感市陡岗镇袁湖村党支部书记。)"
        ", and a campus or branch named right after its body part of it, one ORG (北京大学第一医院|密云院区, 中国社会科学院大学|良乡校区)"
        ", and a social security bureau by its kind alone no name (县里的|社保局)"
        ", and a national, international or foreign body or company read on into the words after it and stopping inside a word cut back to the body (国家防总|派工作|组 → 国家防总; not 中央政策研究室政治组|组长)"
        ", and a bulletin's, blue book's, yearbook's or notice's whole 《》 title none (《中国水资源公报》, 《视听新媒体蓝皮书》)"
        ", and verbs of conferring an honour read as posts none (追授, 授予, 追认: 扶贫办日前|追授|黄文秀同志)"
        ", and a place read into a word for villages as settlements cut back to the place before it (楠溪江古村|落 → 楠溪江)"
        ", and the person who opens a biography sentence before a comma the holder of the posts of its clauses that open with a verb of holding, maybe after a date (谢高华，1931年出生，…，1982年5月至1984年12月期间任义乌县委书记; 张三，男，汉族，…，现任…)"
        ", and a bureau's group kept whole before a post (招商局集团|常务副董事长; not 招商局 + 集团常务副董事长)"
        ", and a verb of holding a post then, now or before (时任, 现任, 曾任, 历任) read into the body after it cut off, and the chain of posts read across it (…局长、时任县扶贫办|主任刘文阁)"
        ", and other mentions of a two-character person's name tagged also before a function character that ends its phrase (姑娘程桔|从广州, 在程桔|的动员下; not 程桔|学)"
        ", and a person right before 全市, 全县 … whose name ends a place the text tags elsewhere that place (山东邹平 … 邹平 (PER)|全市 → LOC)"
        ", and a place or body that is a person tagged elsewhere and a verb of going to a village, town or home the person (程桔回村 (LOC) → 程桔)"
        ", and a place read on into 家庭 of a family farm cut back (黑龙江家庭|农场主 → 黑龙江)"
        ", and a body of two or three characters that ends like no unit or body and is the short name of a place the text tags in full that place (来|三宝 (ORG)|创新创业 beside 景德镇三宝村)"
        ", and a river's ice breaking up or setting no place (开河, 封河, 开江, 封江)"
        ", and a village read without its 村 before a part of it given the unit where the text tags the village whole (半山|村边上, 半山|村村小地少 beside 半山村)"
        ", and a river's channel an area word off it (七里河|河道) and a breach in a dyke no place (决口, 决堤口)"
        ", and a place stopping inside a lake, river, sea or hill the text tags twice or more gone on to its end (大理洱|海边 beside 洱海 → 大理洱海)"
        ", and a two-character person of a common surname right before one character jieba reads alone and a verb of speaking given that character (陆治|原|介绍 → 陆治原; not 王五|也|说)"
        ", and a numbered national or provincial road and its section's place read as one before 段 two places (318国道尼木|段)"
        ", and a body stopping at 共产党 before 员 and a team's word the team of Party members, one ORG (黎明共产党|员服务队 → 黎明共产党员服务队)"
        ", and a place that opens jieba's one word for its language dropped (阿拉伯|语、西班牙|语; not 在|西班牙|学习), as is that word in 语 read whole (流利的|维吾尔语)"
        ", and a kind of street or market named alone no place (夜宵街, 茶市, 酒庄: common.STREET_AND_MARKET_KINDS) and cut off a place's unit (塘下镇|夜宵街; not 上海南京路步行街)"
        ", and a verb and its aspect particle after a post its holder is named before no second holder (习近平总书记|来了)"
        ", and a border, poor or relocated village named by its kind alone no place (9个|边境村, 全县|贫困村; not 闽宁移民村)"
        ", and a people's name read on to the end of a place before its 族, or with it, cut off (吉林延边|朝鲜|族农家 → 吉林延边, 云南德宏州|景颇族 → 云南德宏州, no longer dropped as a people; not 延边朝鲜族自治州), and policy words and a vice jieba lists as names no places or bodies (宜居, 三农, 大操大办)"
        ", and a province or city left untagged right before its own party secretary's or head's post a LOC (毕节|市委书记|周建琨)"
        ", and a river's dyke by its kind cut off the river (涓水|河堤), and a care home named with its place and its own name an ORG (南和区城东老年公寓)"
        ", and a river and a county's section read as one place two, with the county's unit (黄河托克托县|段), and a direction read as any type dropped (促进|中部 (ORG)|崛起)"
        ", and a place of two characters or more given the natural area's word right after it (青藏|高原, 舟山|本岛, 龙门山|地震带; not 山东|平原县, 北京市|平原地区, 怒江|峡谷)"
        ", and a place read on into a verb of policy news jieba reads as a noun cut there (南平|助力|乡村振兴战略; also 赋能, 引领, 带动)"
        ", and common nouns and a set phrase's piece read as places no places (到|田野|乡村, |日托|所, 围绕|一江|两岸; a person 田野 stays)"
        ", and fruit and crops by their names no places (村里的|芒果|产业, |百香果|, |马铃薯|; not 苹果, also a company's)"
        ", and a dyke's breach and a cliff no places (近十米的|溃口, 高山|绝壁)"
        ", and a body stopping inside a word of a school's or hospital's name given the rest, within six characters (长春汽车工业高|等专科学校)"
        ", and a company read up to the bracketed （集团） in its name given the rest (中国人寿保险|（集团）公司)"
        ", and names inside a longer quoted campaign of up to 40 characters with no clause mark, ending in 行动, 工程, 活动 or 计划, dropped (“…利用离岸公司和地下|钱庄|向境外转移赃款专项行动”)"
        ", and a railway or road read with the place that opens a section of it two places (京哈高铁哈尔滨|至|承德段 → 京哈高铁 + 哈尔滨)"
        ", and a route named by the two places it joins, X至Y铁路, the two places alone (丽江|至|香格里拉铁路 → 香格里拉), and a route and the province and city inside which a stretch of it lies two places (宝成铁路四川广元|境内)"
        ", and the verb of a campaign read as a person right before the model person it names dropped before the merge (|学|雷锋|日)"
        ", and a place read on into the numbered road after it, the number left out, the place and the numbered road (三百山镇国道|358线 → 三百山镇 + 国道358线)"
        ", and apps, mini programs, public accounts and platforms no entities (网上国网APP, 淘宝网, 天猫, 微信), nor a warning bell, a dead end or \"open sesame\" (敲响|警钟)"
        ", and a verb and the 说 or 道 that opens a quotation read as a person dropped (向李总理|提问说|，)"
        ", the 作 of a report a person gave given back from the name (主任委员|李飞作|的…报告 → 李飞)"
        ", and the editor a credit line names after its label's colon one person (文字编辑：见|红蕊 → 见红蕊)"
        ", and two spans parted by one joiner that the text tags as one name elsewhere that name (浙江|和|茂盛袜业有限公司 beside 浙江和茂盛袜业有限公司)"
        ", and what a county or province is big in cut off the place after it (产粮大县|江西省安义县), and a bare reservoir no place (长江上游|水库|群 → 长江)"
        ", and a person cut one character short before a post that took it given it back where the text tags the whole name elsewhere (栗战|书委员长 → 栗战书 + 委员长), or where the post is a leader's and the character opens no post (栗战|书委员长|出席, the name written once)"
        ", and the word for money read apart from its figure no name (奖励他1|万元钱), nor Chinese and foreign (|中外|记者)"
        ", and a district or county left untagged after its city part of the chain (杭州市|上城区; not an area of the city: 主城区, 受灾地区, 居住区)"
        ", and a generic word or bare road and its side no place (位于|国道旁|的天摩沟)"
        ", and a people named in a list of peoples no place (藏、汉、回、彝、|撒拉|五个民族, 汉、|蒙|、满、回、壮)"
        ", and a span that ends or starts inside a word of Latin letters dropped (|An|ti-MonopolyFund; not at CLUENER's vs: Moon|vs|Nada), and a bare fund or roll-call feature no person (这只|基金, |接龙)"
        ", and a federation's party organ the tagger cut between body and post put into the post (重庆市忠县工商联党|组书记 → 重庆市忠县工商联 + 党组书记)"
        ", and a body right before 基金 the fund, as a person is (丝路 (ORG)|基金 → 丝路基金), a leading group cut before its meeting completed (京津冀协同发展领导|小组会议 → 京津冀协同发展领导小组), and a soldier (战士) no post"
        ", and a temple or shrine read as a person a LOC (全国重点文物保护单位|伏羲庙)"
        ", and a person that a tagged place names right after a province written without its 省 that place (山西右玉 … 右玉 (PER)|精神 → LOC)"
        ", and a place read across the 至 of a road named by its ends split into the two places (福建宁德下党乡至碑坑山村|公路 → 福建宁德下党乡, 碑坑山村)"
        ", and a place read into the 革命 of an old base area cut back (海陆丰革命|老区 → 海陆丰), and nothing inside 治蜀兴川 (治|蜀兴川) or 真金白银 (真|金白银) or 十里八村 (十里|八村) or 黄梅戏 (黄梅|戏), 退田还湖, 退耕还林, 退牧还草 or 双拥"
        ", and a township's station or office named by its kind alone no body (财政所, 林业站, 司法所, 水利站, 农技站, 国土所, 兽医站)"
        ", and a person that a tagged body names before its level's party committee that place (阿里地委 … 远在|阿里 (PER) → LOC)"
        ", and a people's name before its villagers no place (达斡尔族|村民), and a consultative meeting or forum by its kind no body (远程协商会, 座谈会)"
        ", and a shop on a platform or a village of them by its kind no place (|淘宝店|, 网店, 淘宝村)"
        ", and a common venue and its 旁 or 边 read into a place cut back to the place's last unit (上林村文化礼堂旁 → 上林村; not a named park: 纽约中央公园旁)"
        ", and a people before the 乡 of its villagers or countryside no township's start (维吾尔|族乡亲 dropped; 土家族乡, 回族乡政府 stay)"
        ", and a person stopping inside an Amdo Tibetan name's last part given its last character (昂文洛|周 → 昂文洛周)"
        ", and a Japanese name read whole not cut to its family name tagged elsewhere (谷内正太郎 beside 谷内; 野村靖|在 still cut), and 局长 among the Japanese posts a name after which is read"
        ", and a post after 当上了 (became) kept as one someone becomes (杨七明当上了|村党支部书记)"
        ", and a session read up to its number into the congress cut off (十四届全国人大二次|会议 → 十四届全国人大), and a place's party organ with a former post's 原 after it put into the post (海雀村党支部|原|书记 → 海雀村 + 党支部原书记)"
        ", and a place read on into what it built cut at the verb (衢江区|新建|山塘, 新增, 累计, 建成; not a place named so: 南昌市新建区, 干览镇新建村)"
        ", and a level's urban investment company no body (县城投集团, where jieba reads 县城)"
        ", and a place tagged without its unit before the unit and its government that government (开化县林山|乡政府 → 开化县林山乡政府, ORG)"
        ", and a quoted name ending in its number and 号 a product, no entity (“衢橘1号”, “华龙一号”; not a quoted address: “长安街8号”)"
        ", and a command post by its kind alone no body (公安部在灾区设立|前线指挥部, 救援指挥部, 现场指挥部), a storm's name written unquoted right after its word no place, there and at its other mentions (超强台风|威马逊|袭击海南; not a province: 台风浙江), and a farm's shade net no place (遮阳网)"
        ", and a group a body sends by its kind alone no body (率|督查组|赴上饶, 检查组, 工作组, 专家组), and a bank's branch kept whole where jieba reads the county in its name as a verb (中国工商银行修水支行)"
        ", and a place grown to the part of a body's name the text tags elsewhere that ends with a unit a place, not the body's type (西村 → 双西村 beside 双西村党支部)"
        ", and a city read into its urban area's word cut back to the city, also one of China's cities jieba knows as no place word (拉萨城|区 → 拉萨; not 北京东城区), and a planetarium by its kind alone no place (天文馆)"
        ", and a stock exchange left untagged a body (深交所, 上海证券交易所: NATIONAL_BODIES)"
        ", and a village committee's or Party branch's post listed after a post tagged whether or not the text tags it elsewhere (双西村党支部委员、|村委会委员), and officials: a passive election or appointment that names its electors between 被 and the verb gives the post (邓小燕被乡亲们选为…党支部委员)"
        ", and 中华文化 cut to 中华 as 中华文明 is, and a bare 民族 read as a body no name nor joined to the place before it (中华|民族 (ORG) → 中华)"
        ", and a kind of village by its standing read onto the chain of places it lies in cut off (沧源佤族自治县|边境村 → 沧源佤族自治县, 仪陇县|贫困村)"
        ", and the last of a list of townships, towns or villages left untagged, of the unit of the one before it, before a count, 等 or a mark a place (班洪乡、|班老乡|9个边境村; not 各乡)"
        ", and a part of the country by two or three directions no place (尤其是在|中西部, 日本|东南部)"
        ", and each name of a line of four names or more parted by spaces, most of them tagged people, a whole person (获得者 王红兵 … 谭忠能 农本豪 黎登贵 颜宁)"
        ", and a name read as a place or body opening a sentence before a comma and a place with its villagers' word a person at every mention (普尔巴，樟木镇立新村村民), and a tie between a person and a place decided for the person by a mention right after a resident word (村民|冯德州 … 冯德州 (LOC))"
        ", and an army of the revolution after a place kept apart from it (于都县|红军|后代)"
        ", and a reservoir left untagged whose name jieba reads as no common word a place (实施|碗窑水库|灌区改造, 加固|铜山源水库; not 小型水库, 病险水库, 这座水库, 新建水库)"
        ", and a river's or lake's bank word cut off the place (马金溪|畔), and an untagged irrigation district after a name that is no unit made part of it (铜山源|灌区 → 铜山源灌区; not 德清县|灌区)"
        ", and a city's urban area read whole its city with its unit (衢州市区 → 衢州市, as the written labels read 温州市|区)"
        ", and a township's armed forces department by its kind no body (、|武装部|部长程伟)"
        ", and nothing inside a quoted nickname ending in a role (“索道医生”, “马背法官”)"
        ", and provinces abbreviated together read as a body, alone or on into a project's words, the places (川藏 (ORG)|电力联网 → 川藏; not a body's name: 京津冀协同发展领导小组办公室, 陕甘宁独立三团)"
        ", and the other mentions of a resident found late (after 村民) tagged as other mentions are (村民|孙有来|家 … ，|孙有来|心里)"
        ", and officials: a role of up to five characters between the post and the name the same person's (…市委原书记、|副厅级干部|王国强)"
        ", and a verb read into a village's bare party branch or committee no body (希望|村党支部; not 古县村党支部)"
        ", and a place the text names elsewhere, written without its unit, and its party organ read as a body before a post the place and the post (牛庄党委|书记, 牛庄 (ORG)|党委书记 → 牛庄 + 党委书记, beside 牛庄乡), and nothing inside 美丽休闲乡村"
        ", and a head's post in quotes right before its holder the post, quotes outside, and its holder an official (“第一书记”黄亚祥)"
        ", and a post whose holder stands after 是 held, and he an official (会议执行主席|是|刘奇葆、帕巴拉·格列朗杰, 该村党支部书记|是|李明)"
        ", and a place cut off the 市 of its citizens not grown back to the word jieba reads with it (湖南长沙|市民 stays 湖南长沙; not 温州市民政局)"
        ", and a kind of village read without its 村 no place (由|后进|村变成了全国文明村)"
        ", and a city's 城区 read with it cut off (诸暨城区 → 诸暨, 衢州市城区 → 衢州市; not a district named so: 北京市东城区)"
        ", and a place read on into the produce named after it cut back to the place (文昌鸡养殖 → 文昌, “东宝贡米” → 东宝; not 西湖龙井, 北京苹果…零售店)"
        ", and a county read on into its local specialties cut to the county (宁都县土特产 → 宁都县, beside 江西宁都县)"
        ", and a place read on across its joint action with a body named by its level cut to the place (北洋镇联合区消防救援大队 → 北洋镇; not 北洋镇联合村村委会, 上海市联合律师事务所)"
        ", and a named family farm read as a place or person an ORG (松阳县绿源家庭农场; not a state farm: 山河农场), a place's family farms the place (爱尔兰家庭农场 → 爱尔兰), and a bare 家庭农场, 农民合作社 or 家庭农场主 no entity"
        ", and a name of two characters read as a place right after a head's post and a surname left untagged, up to a mark, the holder with the surname (村委会主任|向|长江|、 → 向长江; not 书记向|长江|沿线)"
        ", and a village council named by its kind alone no body (村民理事会, 红白理事会, 乡贤理事会)"
        ", and a verb of following, visiting, moving to or bordering read into a place cut off (复制|十八洞村, 深入|青田县, 毗邻|温州市)"
        ", and a one-character place that is a surname after 老 or 小 no place (老|韩|经营; not 中老两国)"
        ", and a tie between a person right after a trader's or role's word and a place goes to the person (沙特客商|哈西姆 … 哈西姆 (LOC)|的)"
        ", and a city's, county's or province's 政府 left untagged after it made part of a body with it (丽水市|政府 → 丽水市政府; not a special region's: 香港特区|政府)"
        ", and a named power station or substation read as a place an ORG (梅源水电站), also where a place ran on into the word for it (110千伏|华埠变|电站 → 华埠变电站)"
        ", and a post after a bureau named by its level kept where what stands before the bureau says whose it is (任命王建新为|县农业农村局|局长)"
        ", and a body and the one affiliated to it tagged apart across 附属 one ORG (浙江大学医学院|附属|邵逸夫医院)"
        ", and a people's organization named by its level no body, and before a post the post's (市工商联|主席 → 市工商联主席, 县科协, 市残联, 县侨联)"
        ", and economically developed towns no place (经济|发达镇)"
        ", and modes of transport no place or body (水路, 民航, 海运, 空运, 陆路)"
        ", and nothing inside the names of the gas, power and data transfer projects (西气东输, 西电东送, 东数西算)"
        ", and nothing inside a quoted bill's name (所谓“维吾尔强迫劳动预防法案”, “香港人权与民主法案”)"
        ", and the persons of a list of places joined by 、 that closes with 等方向 places (库皮扬斯克、|阿夫杰耶夫卡|等方向)"
        ", and 西 or 东 alone a state only beside another side's abbreviation, after 访 or 驻, or before 方, 、, 政府 or 两国 (中西建交, 西政府, 驻西大使; not |西|人工岛)"
        ", and a verb of taking, holding or keeping a post cut off the post it opens (韩启德|连任|主席, 时任|主任), and 高度评价, 教书, 党史, 总部 and 院令 read as posts no posts"
        ", and nothing inside a quoted slogan of four-character phrases (“通江达海、兴海强国”, “积善之家，必有余庆”)"
        ", and an apprentice or master no person or post (对|徒弟|们说, 师傅)"
        ", and more ministries named by their kind before their head parted into state and post (哥伦比亚科技|部长 → 哥伦比亚 + 科技部长; also 体育, 旅游, 移民, 海洋 …)"
        ", and a body stopped one character inside the word for its team completed (“红色电工”志愿服务|队, 伊拉克安全部|队)"
        ", and the items of a list closed by 等品种 no places (推广|安格斯|、|西门塔尔|等优良品种)"
        ", and a canteen council and a sports club by their kind alone no bodies (食堂理事会, 体育俱乐部)"
        ", and a county tagged before a township's name left untagged, its unit and government the township government (庆元县|淤上乡政府 → 庆元县淤上乡政府; not 各乡政府)"
        ", and a teacher however qualified a role, no post (退休|教师|方建国, 乡村教师)"
        ", and a post followed by 由 … a person … 担任 or 兼任 in its clause kept as that person's (会长|由退休教师方建国担任), an official"
        ", and a style of embroidery and a workshop named by its craft or scheme no names (苗绣, 蜀绣, 施洞镇的|苗绣工坊; GENERIC_WORDS, bodies.is_workshop_named_by_its_kind)"
        ", and a place read on into the quoted scheme after it the place alone (柯城区九华乡妙源村|“两山银行”), and into a quoted venue or body the place and the venue, quotes outside (遂昌县妙高街道|“银龄驿站” → 遂昌县妙高街道 + 银龄驿站, 嵊州市 + 农函大; boundaries.place_before_a_quotation)"
        ", and construction and power groups by their short names companies (中国电建, 中国能建, 中国铁建, 中国华能 …; COMPANIES), a group, its branch's region and the branch's body word one ORG (中国电建|华东|院 → 中国电建华东院; bodies.branch_of_a_group_made_whole)"
        ", and 现, 原, 前, 现任, 曾任 or 时任 before a level body's name out of it (现|市人大常委会|副主任 → 市人大常委会副主任; boundaries.now_or_former_off_a_body)"
        ", and the medium a dateline or source line names tagged whole as an ORG (台州日报|讯, 来源：|浙江在线; not 本报讯, also after a headline run into it; bodies.untagged_medium_of_a_dateline_or_source)"
        ", and zones and parks by their kind alone no places (高新区, 经济开发区, 工业园区, 保税区 …; GENERIC_WORDS)"
        ", and 民生 before a word that makes it the people's livelihood no bank (民生|方面, 民生|实事; boundaries.is_livelihood_field)"
        ", and a company named by its trade alone no body, also after the subject and verb it took in (公交公司, 新区协调|公交公司, 镇里联系|供电公司; not 杭州公交公司 nor a quoted name; bodies.is_company_named_by_its_trade)"
        ", and economic indicators' acronyms no bodies (GEP, GDP, CPI, PMI; GENERIC_WORDS)"
        ", and a post after a later verb of holding not the subject's where its holder is named right after it (王建国会见了新当选的…政协主席|陈立新; officials._posts_held_after)"
        ", and a visit verb before 委, 局, 司 or 办 part of a body's name (国务院教育督导委员会 kept whole; places.visit_destination)"
        ", and a town named with one character and 镇 keeps its doubled 镇 (龙游县湖镇镇|党委书记; not 上罗镇镇|党委书记; posts.return_doubled_post_character)"
        ", and a place kept apart from the quoted name after it and a name quoted whole without its marks (柯城区九华乡妙源村|“两山银行” → 妙源村 + 两山银行; not “１２２”勘察队; bodies.place_into_organization, boundaries.strip_unpaired_quotes)"
        ", and a paper named by its place one ORG with its office or website (衢 (ORG)|州日报记者 → 衢州日报, 据|衢州日报|报道, 丽水 (LOC)|日报 → 丽水日报, 衢州日报社; bodies.paper_named_by_its_place)"
        ", and a media centre, broadcaster or paper's office read as a place an ORG (龙游县融媒体中心|记者, 江山市融媒体中心|供稿; retyping.media_body_as_organization)"
        ", and hospitals, schools and care homes by their kind alone no bodies (旗下的|康复医院, 人民医院, 养老院, 幼儿园, 实验小学; BARE_BODY_KINDS)"
        ", and a level's party school or organs' working committee a body named by its level alone (省委党校, 市直机关工委; bodies.is_level_body), and a working committee of a kind after its place's committee or its place part of that body (常山县委|两新工委 → 常山县委两新工委, 昆山市委|两新|工委书记 → 昆山市委两新工委 + 书记; bodies.working_committee_into_its_body)"
        ", and a chain ending in a county or district run on into the untagged township or town named right after it (衢江区|举村乡 → 衢江区举村乡; not 柯城区|各乡镇, 衢江区|美丽乡村; boundaries._end_of_untagged_town)"
        ", and a body that stops inside a name ending the text completes right after it no fragment (衢州供电公|司 → 衢州供电公司; common.is_fragment)"
        ", and a chain that names a street or town and then a community's name run on into 社区 (北海街道环山|社区 → …环山社区; not 杭州|社区养老; boundaries._end_of_community)"
        ", and a named library, museum or memorial hall read as a place an ORG (龙游县图书馆|承办, 香山革命纪念馆, also a display or memory hall: 张思村的“|乡村记忆馆|”; not a bare 纪念馆 nor a stadium; retyping.cultural_venue_as_organization)"
        ", and a post held for years before 的 and the name the person's, an official (担任村党支部书记|20年的|叶建平; officials._post_reaches)"
        ", and officials: a name before a comma holds the posts of an apposition of only bodies and posts also where another clause follows it after a comma (陈立新，江山市水利局党组成员、副局长，长期分管…)"
        ", and officials: a clause that opens with 作为 or 身为 and ends on a post at a comma gives its posts to the person who opens the next clause (作为村党支部书记，王建华…; 身为龙游县供电公司总经理，刘勇…; not 作为一名老党员，)"
        ", and officials: a clause of only bodies and posts ending at a comma before another such clause that ends on a post and a name gives its posts to that name (市农业农村局党组书记、局长，市乡村振兴局局长徐建国; not 县委书记、县长，县人大常委会主任等)"
        ", and 党组织 (the Party organization) left untagged right before a secretary's post put into the post (村党组织|书记 → 党组织书记, as 后岸村|党组织书记; so any Party body's word after a place's unit, 的, 、, a bureau or a verb of taking the post: 村党支部|书记 → 党支部书记, 村支部|书记 → 支部书记; not after a body's kind: 公司党委|书记) and read as a party organ where posts are found untagged (王建华当选村党组织书记), and a bare 村 or 社区 before a party organ kept out of a post found untagged (当选为村|党支部书记)"
        ", and a water chief's post with its grade between 以 and 身份 right after a person one TITLE, the person's (王良春以|县级河长|身份巡查, 汤飞帆以|市级总河长|的身份; the tagger left it untagged or read 河长 alone)"
        ", and officials: a committee's or government's office named by its level (市委办公室) a body named by its level, so posts join across it (丽水市委常委、秘书长，|市委办公室|主任王智伟)"
        ", and a city read on into the 城 of the 城区 after it cut back to the city (龙泉城|区 → 龙泉)"
        ", and a marathon or trail race named by its city an event's name, with nothing inside tagged (2025衢州马拉松, 丽水山地越野赛)"
        ", and a name read on into the 来 of a visit and the place's one-character abbreviation parted into the name and the place (赵承来衢|调研 → 赵承 + 衢), a Zhejiang city's abbreviation kept as the goal of a visit (来|衢|调研, 来|甬|考察, 来|衢|开展执法检查)"
        ", and a unit of an unknown name found right after a place of a higher level joined to that place's chain, one LOC (松阳县水南街道|新处村)"
        ", and a person of four characters that opens with a compound surname kept a person though jieba reads it as places (欧阳|建国), and one of three or four read as a place or body that ends like no unit, body or name a person (近日，|欧阳春华 (ORG)|作为; not 诸葛镇, 东方电子), and a numbered unit of an army read as a person or place an ORG (中国工农红军|第4军 (PER)|参谋长), and a name right after an age and 的 read as a place or body a person (71岁的|黎国宜 (LOC)|是…居民), and 大户, 新农人, 林农, 贫困户 and 脱贫户 resident words (林农|池良昌 → 池良昌), the name after them a person (种粮大户|徐根土; also a name jieba's dictionary lists: 养殖大户|王建军)"
        ", and a heritage bearer (传承人, also cut: 非遗传|承人) a role, no post"
        ", and nothing inside a quoted national or provincial honour that ends like a place of its kind (“中国农民画村”, “中国胡柚之乡”)"
        ", and officials: an apposition after a name and a comma may name its body by level (张伟，|县水利局|局长，分管…), the post kept as the name's"
        ", and a person whose name ends like a river, stream or lake right before what a river has or is done to it a place (检查了|马金溪|综合治理工程, 江山港|两岸)"
        ", and a neighbourhood hall named in quotes or with its place read as a place an ORG (“幸福邻里坊”, 邻里中心)"
        ", and a post after a verb of holding and the post's term kept as the subject's (王建华当选为|新一届|村委会主任, 第十二届)"
        ", and a three-character person read on into 任 (serve as) right before a head's post cut before it (叶红任|副组长 → 叶红)"
        ", and officials: one post alone in its clause before a comma and the next clause of posts the name's after it (区人大常委会副主任，区总工会党组书记、常务副主席刘晓明)"
        ", and officials: a post before a joiner and an unnamed sub-unit's post the same person's (国网金华供电公司营销部副主任、客户服务中心主任叶伟; the later post of no named body)"
        ", and the 会 closing a democratic party's committee read into its chair's post given back (民建浙江省委|会主委 → 民建浙江省委会 + 主委)"
        ", and a Zhejiang city's or county's short name tagged where an official goes there or in a list beside another place (到|淳|安义诊 → 淳安, 赴开化调研, |磐安 (ORG)|、武义 → 磐安; not 大好江山, 带来江山)"
        ", and officials: an association named by its level (市新联会, 县老年协会, 区慈善总会) read as a body named by its level in a clause of posts (市人大常委会副主任、市总工会主席，市新联会会长郑金平)"
        ", and 会同 (together with) after a modal, an adverb or a body cut off a body read as the county 会同县 (要|会同县水利局 → 县水利局, then no entity as named by its level; not 怀化市会同县)"
        ", and officials: a person relieved of posts holds them (免去刘建国的县水利局局长职务, 免去王建华同志常山县民政局局长、党组书记职务: the name after 免去, maybe 同志 and 的, then only places, bodies and posts up to 职务)"
        ", and a person whose name ends like a mountain right before its foot, top, slopes or scenic area a place (江郎山|脚下, as 狼牙山|脚下, 大别山|南麓)"
        ", and a scenic area named after a Zhejiang county one place (龙游石窟景区, 云和梯田景区; not 茶园景区)"
        ", and a place and the flood control headquarters named after it (防指, with its office) one ORG (常山县|防指 → 常山县防指, 温州市防指办公室; not a bare level's 县防指)"
        ", and a village's or town's two committees together no body (村两委, 镇两委)"
        ", and officials: names listed with 、 before the one a verb of holding follows all hold its posts (李丽、张强当选村委会委员)"
        ", and a villagers' or residents' committee by its kind alone no body (新一届|村民委员会; not 白合村村民委员会)"
        ", and a bank's branch (分行, 支行) read as ending like a name, so not dropped as a fragment (中国农业银行衢州分行|为村集体…)"
        ", and an author's note read into a body cut off it (（|作者系衢州市委党校|教授） → 衢州市委党校; 作者为, 笔者系)"
        ", and the county station of a paper's media alliance in a byline one ORG, a medium (共享联盟·常山站)"
        ", and a water chief's post with its grade right after the river's section one TITLE, 段 left out (江山港江山段|县级|河长 → 县级河长, 段镇级河长 → 镇级河长), 港 a river's ending before its section (常山港常山段 → 常山港 + 常山), patrolling a river no place (巡河, 护河), and officials: a water chief's post after the section's tagged place the river's (→ org 江山港), and the river no body of a post joined to it (、副市长)"
        ", and officials: a body's untagged other name in brackets between it and its post keeps the post the body's (衢州市治水办（河长办）主任)"
        ", and officials: a level's party school (县委党校) read as a body named by its level in a clause of posts (龙游县委常委、组织部部长，县委党校校长汪华)"
        ", and a Zhejiang county's short name read on into what a visit does cut to the county (赴江山、|常山检查防汛防台 (ORG) → 常山)"
        ", and officials: a person opening the sentence with a verb of holding holds the posts of its later clauses of holding (周东明曾任常山县委副书记，现任衢州市委副秘书长)"
        ", and a span opened further inside a quotation and run past its close dropped (“下淤—|姚家—儒山”乡|村旅游带), and a body completed to its school only where no other span lies in the way (全 (ORG)|球|孔子学院 (ORG) gave two spans on one stretch)"
        ", and last of all, of two spans that still overlap, the longer kept (data.spans.flat: LABELS.md's spans are flat)"
        ", and a resident's untagged name tagged also before an adverb or preposition opening the predicate (村民|徐樟根|已经…, 村民|王强|不愿意; 已 每 把 从 曾 早 仍 又 都 不)"
        ", and a village whose first character jieba reads onto its town as a locative made the chain's end (开化县音坑乡下 (乡下)|淤村 → 开化县音坑乡下淤村), the locative cut off where no village follows (湖镇镇上|的村民 → 湖镇镇)"
        ", and a village committee's women's director one post (村委会委员、妇女|主任 → 妇女主任, as the written labels' 妇联主席)"
        ", and nothing but a real place tagged inside a quoted epithet of a person (“田秀才”, “胡柚大王”徐志明, “电力老娘舅”; 秀才 大王 能人 娘舅 管家 领头雁 带头人 …)"
        ", and the kind of a working committee left untagged before its post part of it (省委两新|工委书记 → 两新工委书记), so a post listed before it stays the holder's"
        ", and a grid company's operations centres by their kind alone no bodies (该公司|变电运维中心|副主任; 运维中心, 供电服务指挥中心, 营销服务中心; BARE_BODY_KINDS)"
        ", and officials: posts relieved by the pronoun after an appointment the appointed person's (任命徐卫东同志为…局长，免去其…副局长职务; the relieved post kept though its clause names no one)"
        ", and a post in a body's Party organ listed after a post tagged, also right before its holder (国家电网公司副总经理、|党组成员|潘敬东; 党组成员, 党委委员, 党组副书记)"
        ", and a village named with numerals beside other characters or by a date ending the chain before it (廿里镇|六一村, 三合镇|五星村; not a count: 新桥镇|十二村), also where jieba reads its 村 with the next (六一村|村集体)"
        ", and a short name declared in brackets after a body the body, there and wherever the text uses it (浙江巨化股份有限公司（以下简称“巨化股份”）; made of the body's characters in order)"
        ", and a province's one-character name read alone before untagged directions given them (浙|西南革命精神教育基地 → 浙西南; not before 部: 浙|西部山区)"
        ", and officials: a subdistrict office's director listed after the subdistrict's party secretary holds the post for the subdistrict (白云街道党工委书记吴一凡、办事处主任郑嘉)"
        ", and a Zhejiang city's abbreviation kept in the time of a visit (在|衢|期间, 来|甬|期间)"
        ", and a place stopping inside 古城, 古镇 or 古村 completed (衢州南孔古|城; not 内蒙古|城市)"
        ", and a cluster zone named by its purpose after its place one LOC with it (浙江衢州|绿色产业集聚区; not 上虞区|是化工产业集聚区)"
        ", and a place's gate by its direction alone no place (衢州市的|西大门|——常山县; not MSRA's venue 东大门体育场)"
        ", and officials: a later post opening with a people's organization named by its level its own body's, no carried one (省政协副主席、|省工商联主席|陈小平; 工商联 侨联 科协 文联 残联 社科联 关工委)"
        ", and 籍 (native of) read as a post after a place dropped or cut off the role it opens (衢州|籍|运动员, 江山|籍企业家), so its holder is no official"
        ", and a school's grade read into it cut off (衢州一中|高三|学生; 高一–高三, 初一–初三, 一–六年级)"
        ", and a surname and a role no person, as a surname and a post is not (叶医生, 王老师, 朱博士, 甘将军; 医生 老师 护士 律师 警官 博士 教授 将军)"
        ", and officials: a note on how a post is held between it and the 、 before a post of another body kept in the list (常山县副县长（挂职）、中国农业大学教授李伟)"
        ", and a verb of going or staying read into a generic place word no place (扎根山村 → 山村, and a bare 山村 is no place; not 熨斗山村)"
        ", and an ethnic township or town read as its unit alone given the name left untagged before it and joined to the place before that (龙游县|沐尘|畲族乡 → 龙游县沐尘畲族乡; not 该|畲族乡)"
        ", and a level left untagged after a joiner right before a post that opens with its committee or office part of the post (副市长、|市|老龄委主任 → 市老龄委主任), so the list holds"
        ", and nothing tagged inside a quoted slogan of four-character phrases joined by a middle dot (“南孔圣地·衢州有礼”; not a transliterated name: “德米特里·东斯科伊”)"
        ", and a place right before a park's word takes it, one LOC (仙霞岭国家森林公园, 乌溪江湿地公园; not before the park's office: 仙霞岭|国家森林公园管理处, nor after a common noun: 广场|公园)"
        ", and a water chief's post read without its grade given it wherever it stands (县级|河长、副县长徐向东 → 县级河长; not 各级|河长)"
        ", and nothing tagged inside a quoted role ending in 员 or 小二 that a person is known by (“红色代办员”叶美芬, “河小二”志愿者; a body inside stays)"
        ", and a place right before its untagged 市, 县 or 区 and a chain of units after it one chain with both (江山|市|长台镇朝阳村 → 江山市长台镇朝阳村; not before a person: 衢州|市长|吴言明)"
        ", and the posts of a career sentence's later clauses of holding (先后任, 历任, 现任) kept for the person that opens it, maybe with 同志, before a comma or a clause of what the person does (王建华同志长期扎根基层，先后任…党委书记、…局长; 陈刚同志，男，…，现任衢州市委书记; not a speaker's: 李明说，现任…)"
        ", and a Zhejiang city's abbreviation after 在 or 留 before what people do there (加大在衢投资, 留衢就业; not 在温暖的)"
        ", and the 长 of a head's post (指挥长, 秘书长, 理事长) read into the span after it given back to the post, the rest its holder, a PER (市防指指挥|长高屹 → 指挥长 + 高屹), and 坐镇 cut off the body it is read into (坐镇|市防汛防台指挥中心)"
        ", and a place and a service venue after it whose name opens with a word of whom it serves that jieba reads as no noun one ORG (新新社区|老年食堂, 淤头村|幸福食堂; as the written labels' 义乌市老年大学)"
        ", and a place ending in a town's or township's unit given the 水库 right after it, the reservoir named after the town (乌溪江湖南镇|水库; not before its office: 湖南镇|水库管理处)"
        ", and the medium of a source line one ORG also where its reporters' line follows it (本文来源：浙江新闻客户端 记者 陈栋)"
        ", and a place named without its unit right before a post opening with its level's committee that committee's place, the committee one ORG (龙游|县委书记 → 龙游县委 + 书记, 河北省永年|县委常委 → 河北省永年县委 + 常委; not 涞水县|县委书记)"
        ", and nothing tagged inside a quoted brand right before its 牌 (开化县“钱江源”牌清水鱼)"
        ", and a place and the exhibition hall, science or art museum or archive named after it one ORG (衢州市|规划展示馆; as the written labels' 它山堰水利文化展示馆)"
        ", and a village committee's, Party branch's or Party organ's post left untagged right before 、 and a post tagged as one post of that list (市政府|党组成员|、二级巡视员何雪芳; also with the next post's level body between: 县政府|党组成员|、县府办主任周立新)"
        ", and a place ending in its unit read on past 的 into words that name nothing ended before the 的 (星火村|的老年活动中心; not one going on into a name: 九堡镇的蓝桥名苑), and a province, city or state read on past 的 into a place two places (广州的兰广通道 → 广州 + 兰广通道; not 利比亚的黎波里, 波罗的海)"
        ", and a substation named between its voltage and its word tagged as one ORG (110千伏|峡川变电站; not a kind or count there: 新建, 枢纽, 及以上)"
        ", and the office of a body named by its level alone dropped (县政府办公室, 市委办公室; not 开化县政府办公室)"
        ", and a government or committee named by its place and its office right after it made one ORG (衢州市人民政府|办公室)"
        ", and a zone's name and its committee read apart at the zone's 区 made one ORG (浙江衢州绿色产业|集聚|区管委会 → 浙江衢州绿色产业集聚区管委会 + 副主任)"
        ", and a care venue named with its place and its own quoted name between an ORG (江山市双塔街道“颐乐园”居家养老服务照料中心)"
        ", and a level's Party committee standing alone, left untagged right before its secretary's or standing member's post, put into the post (。区委|副书记 → 区委副书记; not 开化县委|副书记)"
        ", and a platform no entity, the place it opens with a LOC (衢州市|智慧养老服务平台 → 衢州市; 河湖长制智慧管理平台, 网络平台 dropped)"
        ", and a surname after 小, 老 or 阿 a nickname, not completed to a name (驻村干部小|王|一进门; dropped, one character long)"
        ", and a two-character person's last character read into a school's word after it given back, the one-character school dropped (徐晨|阳大学|毕业 → 徐晨阳)"
        ", and three names parted by spaces right after a label's colon each a PER where most are tagged people (常务主席：高屹 汪建国 黄海峰; four or more elsewhere, as before)"
        ", and a body stopping inside a congress's or committee's word given the rest of it (衢州市第八届人民代表大|会; 委员会, 常务委员会, 联合会, 总工会)"
        ", and nothing inside the quoted name of an app, mini-program, account or platform or of a region's public brand (“衢州停车”APP, “南宁健康”公众号, “衢江农品”区域公用品牌)"
        ", and a body by its kind read as a body with its head's 长 read as the post after it one post (武装部|长刘建华 → 武装部长, 水利站|长 → 水利站长)"
        ", and a village's worthy no place (|乡贤|吴志强, |新乡|贤王华; GENERIC_WORDS, places.is_xinxiang_read_in_a_village_worthy)"
        ", and an honour or description no post (国学大师, 钢琴巨星, 体操名将, 嘉宾: ROLE_ENDINGS)"
        "; last, a span that opens a quotation mark or bracket it does not close cut before the mark (…小学|“会泽, 上海|（长三角 → 上海, a place), and one that closes a mark it did not open, or is left one character long, dropped (总理）理事会; boundaries.paired_marks_kept)"
        ", and a volunteer's or service team named by a quotation alone no name, as the written labels leave it (“红骑先锋”志愿服务队, “银龄互助”志愿|服务队; not “美洲风暴”篮球队; boundaries.is_quoted_volunteer_team), and a place read on into such a team the place (龙游县横山镇天池村|“银龄互助”志愿服务队; boundaries.place_off_a_quoted_volunteer_team), and two posts with nothing between them one post (联合国|秘书长|发言人 → 秘书长发言人; posts.posts_side_by_side_joined)"
)


def clean_spans(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """Tidy decoded spans the way LABELS.md reads them.

    A span is split at a comma or full stop inside it and at whitespace (two names of a byline read as one) and
    loses a quotation mark it does not close (“银发志愿服务队), and clause punctuation or a
    bracket it does not pair at its edges (记者姜葳）: :func:`strip_edge_punctuation`); a listed place
    gets back a first character or the rest of its word the tagger left out
    (、岛|石镇, 、建|德等地: :func:`listed_place_made_whole`), and a town left
    untagged inside a chain of places is part of it (龙泉市|兰巨乡|官埔垟村:
    :func:`town_inside_a_chain`; and so is a village left untagged at its end, 荣县|筲箕嘴村:
    :func:`village_after_a_chain`), and a short ORG listed between places is one
    more (石浦、高塘、鹤浦: :func:`listed_organization_as_place`); a place or body opened inside a dictionary
    place word gets the word's start (仪|陇县委: :func:`place_word_start_returned`).
    Adjacent spans of one type are one name (a chain of administrative
    units is one LOC, 党委 + 副书记 is one post), so they are merged; a
    place that runs into a body, or into its own untagged body
    (长兴县|人民政府, 丽水市|水利局), is part of the ORG (:func:`place_into_organization`); a
    place's party organ before a post goes into the post (泽雅镇|党委副书记),
    a sector body's organ comes back out of it (天河区社会组织党委|副书记), and
    the post gets back what a company or bureau ran into (供电公司运|检班班长:
    :func:`body_tail_into_post`) and loses a school read into it (小学校长: :func:`institution_out_of_post`); an
    ORG that is only a place name is a LOC; an
    ORG run across a joint action (A局联合B公司) is cut in two, a standing
    member is split out of a committee (台州市委|常委), one read
    across an indefinite (高昌区|一家合作社) keeps only its place; a figure
    that runs into a place or a person (28℃福州) is cut off, and so is a
    predicate a place or body runs into (余杭区|大力推进, 拱墅区|出台) and a
    common noun a place modifies (杭州|城市); a name that
    stops inside its own ending (服务中|心) is completed, and so is a place one character short of a
    dictionary place word (日喀|则: :func:`_end_of_place_word`) and a chain
    of places cut inside its last name (方山乡龙|现村: :func:`complete_name_endings`) or before the river, lake or
    valley it ends with (平远县|柚树河: :func:`_end_of_named_feature`), and a
    name cut short where the same text names it whole elsewhere (仓|前街道
    beside 仓前街道); a person that is the short name of a place the text
    names in full is a place (瓜沥 beside 瓜沥镇: :func:`place_short_names`); a name tagged with two types in one text takes its
    majority type, loses a preposition read into it where the text names it without (向|赖淑芳:
    :func:`person_cut_to_its_name`; two people read as one are split: :func:`split_joined_people`), and is tagged
    where the text mentions it again untagged
    (:func:`tag_other_mentions`); a place or body that ends on the first character of the next
    word (华容县统|筹) is cut back. A span
    of a single character (a stray 印 or 亮), but for a place's one-character
    abbreviation (中|美关系, 访|华: :func:`is_place_abbreviation`; not right
    after a post, where a name's surname stands: 副书记|印), or of
    punctuation and figures only (⋯⋯ read as [UNK], a score 4∶1), is not a
    name and is dropped (a person's surname is first given the name jieba reads from it where a full name stands:
    教导员|陈|陆, :func:`surname_completed_to_its_name`), and so are a generic word (全国, 乡村, 供电所:
    :data:`GENERIC_WORDS`; also after a verb, 帮助|供电所), a body named by its level alone (县委, 县水利局:
    :func:`is_level_body`; before a post such a committee, or a bare 居委会, goes into it: 县委副书记, 居委会主任), a role read as a
    post (记者, 通讯员: :data:`ROLES`), a resident named by an honorific, whatever
    type it was given (刘大伯, 赵大哥 as LOC: :data:`HONORIFICS`), a name inside a quoted
    programme or slogan (:func:`in_quoted_programme`) and an ORG that stops
    inside a word (新能源汽|车: :func:`is_fragment`). For county-paper news and
    LABELS.md's word lists: nothing inside a 《》 title (:func:`in_book_title`)
    or a policy term (美丽乡村: :func:`in_term_with_no_name`) and no typhoon's name
    is tagged; members of committees are posts (省委常委, 小南海镇|党委委员:
    :func:`split_committee_member`), a named place read into a post is its own (民主村|第一书记:
    :func:`place_out_of_post`), and a verb read into a place's start is cut off (惠及|乐清市:
    :func:`cut_leading_verb`); a grid's place is a LOC (龙泉|电网), a
    quoted service venue an ORG (“红色议事厅”); area words and the count of
    an elided list stay off a place (浦阳江|流域, 桃林、安坝|两村), and a zone
    word after a place is part of it (丽水|经济技术开发区: :func:`place_into_organization`);
    a name's last character read into "his team" goes back (张国|平团队: :func:`name_out_of_team`);
    a post with no person in its clause is no TITLE (组织专家: :func:`is_unheld_post`), nor is one beside no
    person, body or other post (作|动员|讲话: :func:`is_post_beside_no_one`); a village's committee before a post
    goes into it (箬山村村委会|主任: :func:`committee_into_post`);
    an official's visit leaves the name and the destination (陈敏来|浙调研 →
    陈敏, 浙; 到|温岭 (ORG)|督导 → LOC: :func:`visit_destination`); a country read as a person is a place
    (阿根廷|总统: :func:`country_as_place`); a school
    read as a place is an ORG (:func:`institution_as_organization`), a
    reporter's name after 记者 a PER (:func:`byline_name_as_person`), so is a
    resident's after 村民 (:func:`resident_name_as_person`), and a
    post that stops inside a word with no name after it is dropped
    (河长|制: :func:`is_post_fragment`), and a post read on into the verb after it is cut there
    (副委员长|主持会议: :func:`cut_post_at_verb`); the place a meeting is held in is
    tagged where the tagger left it out (在|杭州|召开: :func:`event_venue_places`), and so is a national body
    (记者从|水利部|了解到, 上合组织|成员国: :func:`untagged_unique_body`) and a state or province (土耳其|拥有:
    :func:`untagged_state_or_province`).
    """
    entities = [e for e in entities if not in_latin_prose(e, text)]  # English sentences: common words read as people
    pieces = [native for e in entities for marked in split_at_clause_marks(e) for spaced in split_at_list_joiners(marked)
              for piece in split_at_whitespace(spaced)
              for parted in place_before_a_quotation(strip_unpaired_quotes(piece))
              for quoted in quoted_name_opened_before(parted, text)
              for titled in media_title_closed(quoted, text)
              for edged in [particle_de_off_a_name_end(strip_edge_punctuation(titled))]
              for visited in visit_destination(now_or_former_off_a_body(cut_at_unclosed_bracket(edged)), text)
              for attending in cut_attending_a_meeting(visited, text)
              for native in native_place_marker_off_a_post(preposition_off_a_dotted_name(attending))]
    # a verb of taking a post read as a post is dropped before the merge would join it to the post (调任|县委书记), as are
    # a festival read as a body (总台|中秋|晚会) and a character closing the word before read as a body (提|高|人大)
    lettered = name_end_read_as_a_post_piece(person_read_on_into_a_post(
        heads_zhang_given_back_to_a_post(committee_of_a_place_out_of_its_post(post_read_in_single_characters(
        [executive_acronym_as_post(e) for e in pieces
         if any(ch.isalpha() for ch in e.text) and not (e.type == "TITLE" and e.text in TAKING_A_POST)
         and not (e.type in ("ORG", "LOC") and e.text in FESTIVALS)
         and not is_character_closing_the_word_before(e, pieces, text)])))))
    # a holder read as a body is made a person before its post is dropped as held by no one (党委书记|方锐 (ORG)|带队)
    lettered = committee_read_as_a_post(post_read_as_a_body(representing_verb_dropped(
        verb_before_a_model_person_off(kind_and_head_made_a_post(lettered)))))
    lettered = section_into_its_body(portfolio_into_members_post(holder_read_as_body(lettered), text), text)
    named = town_inside_a_chain(merge_adjacent(water_named_by_one_character(listed_place_made_whole(lettered, text), text), text), text)
    named = listed_organization_as_place(named, text)
    # a post decoded in pieces (科 + 科长) is whole only after the first merge
    people = name_out_of_team(post_out_of_person(given_name_out_of_post(return_doubled_post_character(named, text)), text), text)
    people = surname_completed_before_a_verb(people, text)
    people = name_out_of_leaders_post(people, text)
    repaired = place_into_organization(post_word_start_returned(place_word_start_returned(people, text), text), text)
    typed = institution_named_before_post([retyped(e, text) for e in repaired], text)
    typed = [piece for read in typed for e in post_read_into_person(read) for resident in resident_out_of_place(cut_holding_verb_off_body(cut_authors_note_off_body(grade_off_a_school(e))))
             for split in post_out_of_body(resident)
             for started in [village_given_its_numeral_start(one_character_town_given_its_word_start(
                 date_off_place(cut_appointed_as(people_off_their_place(verb_end_off_name(split, text)), text), text), text), text)]
             for piece in place_out_of_post(cut_leading_verb(cut_verb_before_a_body(preposition_off_name(
                 place_start_returned_to_word(started, text), text), text)))]  # before the merge: 南岳镇 + 民主村 is one chain
    merged = committee_into_post(body_tail_into_post(party_organ_into_post(
        body_ending_returned(former_out_of_body(merge_adjacent(typed, text), text), text), text), text), text)
    parts = [
        piece
        for e in merged
        for routed in route_and_place_parted(e)
        for joint in split_joint_organizations(routed, text)
        for part in cut_indefinite_organization(joint, text)
        for stripped in strip_numeral_edges(part, text)
        for uncounted in cut_inside_a_number(stripped, text)
        for cut in cut_place_at_predicate(uncounted, text)
        for acting in cut_activity_off_body(cut)
        for worked in cut_role_off_body(acting)
        for listed in split_names_at_joiner(worked, text)
        for joined in split_places_at_a_joiner(listed, text)
        for area in split_places_at_area_word(joined)
        for routed in river_and_its_section_parted(area, text)
        for roaded in route_and_its_place_parted(routed, text)
        for place in place_and_its_numbered_road_parted(roaded, text)
        for host in asia_of_the_asian_games_off(place, text)
        for member in split_committee_member(host, text)
        for parted in states_side_by_side_parted(member, text)
        for shared in shared_future_off_its_states(parted, text)
        for stationed in stationed_place_parted(shared, text)
        for piece in place_off_its_standing(stationed)
    ]
    # a post split out of a body above may leave its 原 behind (黄河乡原|党委委员 read as one ORG): cut it again
    parts = former_out_of_body([without_leading_de(without_trailing_de(piece), text) for part in parts
                                for piece in places_parted_at_de(place_ended_before_its_de(part, text), text)], text)
    parts = [cut_rank_level(cut_level_before_government(cut_verb_off_body(cut_preposition_off_body(part, text), text), text), text)
             for part in parts]
    parts = [verb_off_a_unique_body(unique_body_off_a_one_character_word(part), text) for part in parts]
    parts = [cut_post_at_verb(person_cut_before_a_breach(transliteration_cut_before_a_function_word(person_cut_before_serving_as(person_cut_before_a_place_or_adverb(
        place_read_on_by_one_character(cut_word_overrun(cut_trailing_common_noun(cut_before_a_term(place_before_its_whole_unit(residents_off_place(part, text)), text), text), text)), text), text)), text), text) for part in parts]
    parts = [body_completed_to_jiebas_word(congress_made_whole(group_army_made_whole(charge_cut_off_post(verb_cut_off_post(
        part, text)), text), text), text) for part in parts]
    parts = [joint_consultation_off_a_body(place_off_a_word_after_it(crossing_or_bordering_verb_off_a_place(part), text),
                                           text) for part in parts]
    parts = [committee_word_given_its_hui(jointly_off_a_body(particle_off_a_place(part, text), text), text)
             for part in parts]
    parts = [name_given_its_he_before_a_mark(person_ending_on_a_verbs_first_character(
        place_after_a_preposition_read_as_a_person(part), text), text) for part in parts]
    parts = body_word_into_post(doubled_level_committee_into_post(zone_committee_made_whole(
        [cut_list_count(determiner_off_body(adverb_off_body(cut_trailing_date(around_word_off_place(cut_place_area_word(cut_dispatch(cut_at_a_count(comrade_off_person(cut_time_word(
            cut_function_character(envoy_post_off_place(part, text)))))), text), text), text), text), text), text) for part in parts],
        text), text), text)
    parts = [place_before_a_fragment(part, text) for part in bodies_completed_to_their_schools(organ_member_completed(parts, text), text)]
    parts = [piece for part in parts for cut in place_abbreviation_off_a_body(part, text) for piece in states_counted_out_of_a_body(cut)]
    parts = in_residence_into_post([member_or_deliberation_off_body(meeting_off_body(piece, text), text)
                                    for part in parts for piece in situation_word_off_body(part, text)])
    parts = state_named_with_and_joined(persons_joined_at_a_hyphen(person_completed_to_jiebas_name(
        surname_completed_to_its_name(parts, text), text), text), text)
    parts = names_parted_at_by_or_jointly_with(compound_surname_joined_to_its_given_name(
        one_character_name_joined_across_he(parts, text)), text)
    post_ends = {part.end for part in parts if part.type == "TITLE"}
    person_starts = {part.start for part in parts if part.type == "PER"}
    kept = [part for part in parts
            if (part.end - part.start >= 2 or (is_place_abbreviation(part, text) and part.start not in post_ends))
            and not is_generic(part, text) and not in_term_with_no_name(part, text) and not is_level_body(part, text)
            and part.text not in ROLES and not (part.type == "PER" and re.sub(r"\s", "", part.text) in ROLES)  # a roster's 成 员
            and not (part.type == "TITLE" and (part.text in RESIDENT_WORDS or part.text.endswith(ROLE_ENDINGS)))
            and not (part.type == "TITLE" and _PROFESSIONAL_RANK.match(part.text))
            and not (part.type == "TITLE" and _VERB_OR_BODY_READ_AS_POST.match(part.text)) and not is_figure_only(part.text)
            and not _is_acting_for_ending_a_clause(part, text)
            and not (part.type == "TITLE" and set(part.text) <= _RANK_CHARACTERS)  # 一|副副|春联: a measure word, no post
            and not is_resident(part, text) and not in_idiom(part, text)
            and not is_person_across_words(part, text, post_ends) and not is_word_read_as_person(part, text)
            and not is_plenary_session(part, text)
            and not is_reduplicated_measure(part, text) and not is_measure_zhang_read_as_person(part, text)
            and not is_ethnic_group(part, text)
            and not in_quoted_programme(part, text) and not in_book_title(part, text) and not is_typhoon_name(part, text)
            and not is_fragment(part, text) and not is_post_fragment(part, person_starts, text)
            and not is_bare_venue_head(part, text) and not is_breed_in_a_list(part, text)
            and not opens_with_the_whole_of_a_unit(part)]
    named = state_and_its_body_read_apart_joined(state_name_joined(
        credit_line_names(caption_speaker_names(names_listed_with_spaces(roster_names(kept, text), text), text), text)), text)
    named = minister_read_apart_from_his_ministry(place_read_on_into_its_produce(place_read_on_into_a_verb(
        state_name_completed(named, text), text), text))
    named = body_standing_where_only_a_place_does(named, text)
    named = affiliated_body_made_whole(national_body_made_whole(place_run_into_a_named_place(group_named_whole(named, text), text), text), text)
    named = person_before_a_villager_apposition(named, text)
    named = person_named_by_the_end_of_a_full_name(name_start_given_back(place_named_where_only_a_place_stands(consistent_names(tibetan_person_read_as_place(place_named_after_its_descriptor(person_listed_among_places(place_short_names(peoples_body_completed(complete_name_endings(province_as_place(named, text), text), text)), text), text), text), text), text), text))
    named = person_out_of_a_body_read_on_from_it(armed_group_as_organization(company_named_by_its_short_name(
        company_after_what_it_is(named, text), text), text), text)
    named = short_name_declared_after_a_body(named, text)
    named = route_word_off_the_second_of_two_places(person_inside_a_route(named, text), text)
    named = [route if not (overlaps_another(named, entity, entity.end, route.end)
                           or overlaps_another(named, entity, route.start, entity.start)) else entity
             for entity in named for route in [numbered_road_made_whole(route_run_on(entity, text), text)]]
    named = numbered_road_tagged(named, text)
    named = province_and_place_read_as_person(named, text)
    named = split_joined_people(place_and_post_out_of_a_person(name_start_out_of_post(person_cut_to_its_name(person_out_of_place(named, text), text), text)))
    named = director_named_he(named, text)
    named = presidium_out_of_its_post(committee_out_of_chair_post(post_pieces_joined(named, text), text), text)
    named = person_given_its_surname(tibetan_name_completed(person_completed_by_a_character(name_end_read_into_a_school_word(named, text), text), text), text)
    named = person_completed_through_the_text(named, text)
    named = untagged_place_or_body_in_a_list(untagged_person_in_a_list(listed_person_made_whole(named, text), text), text)
    named = member_post_after_a_name_read_as_body(holder_read_as_body(place_before_its_level_post(country_before_post(
        head_of_unit_left_after_place(head_of_unit_out_of_place(named), text)))))
    named = word_after_a_held_post(holder_read_as_place(holder_read_as_place_after_his_surname(
        leader_read_as_place_or_body(named, text), text), text), text)
    named = untagged_reservoir(untagged_unit_of_an_unknown_name(japanese_name_after_a_post(named, text), text), text)
    named = person_named_again_before_a_post(tag_other_mentions(untagged_leader_before_his_post(committee_joined_across_he(named, text), text), text), text)
    named = untagged_resident_name(untagged_person_named_throughout(named, text), text)
    named = other_mentions_of_people(named, text)
    named = village_after_a_chain(ethnic_township_given_its_name(city_after_its_province(named, text), text), text)
    named = place_completed_up_to_a_body(named, text)  # 来宾市 given to the region reaches 武宣县…管理所
    named = body_left_out_between_its_state_and_a_post(world_news_post_before_a_person(party_member_before_a_listed_post(untagged_post_before_a_person(untagged_deputy_before_a_person(untagged_post_after_a_body(named, text), text), text), text), text), text)
    named = rank_before_a_post_into_it(named, text)
    named = untagged_congress_member(untagged_post_held_by_a_person(untagged_envoy_post(named, text), text), text)
    named = untagged_member_post_after_a_name(named, text)
    named = graded_water_chief_made_whole(named, text)
    named = village_committee_post_opening_a_list(post_listed_after_a_post(post_after_a_person_tagged_elsewhere(named, text), text), text)
    named = [two_states_as_place(region_word_read_in_part(first_character_of_next_word_off_name(entity, text), text), text)
             for entity in named]
    named = name_opening_a_longer_word(name_ending_inside_a_word(named, text), text)
    named = state_side_as_place(state_abbreviation_before_its_post(joiner_cut_off_a_name(named, text), text), text)
    named = joiner_off_a_name_before_the_next_post(named, text)
    named = person_read_whole_where_tagged_in_part(person_cut_to_its_name_tagged_elsewhere(
        name_joined_across_brackets(free_trade_zone_named_whole(named, text), text), text), text)
    named = [piece for entity in named for piece in name_stopping_inside_a_word(entity, text)]
    named = [piece for entity in named for piece in name_ending_on_a_words_first_character(entity, text)]
    named = city_read_in_part(former_party_post_made_whole(person_and_body_read_across_a_list(named), text), text)
    named = [piece for entity in named for piece in places_parted_at_a_middle_dot(entity)]
    named = branch_of_a_group_made_whole(person_opened_by_a_place_abbreviation(unique_body_read_in_part(named, text), text), text)
    named = mongolian_village_or_township(name_word_read_in_pieces(named, text), text)
    # the late rules over the whole list, in this order (each sees the last's answer)
    for late_rule in (democratic_party_read_as_a_person, representing_verb_off_a_post,
                      one_character_name_joined_across_he,
                      chief_officers_post_read_into_a_name, pieces_of_a_name_tagged_whole_elsewhere,
                      place_and_person_read_apart, compound_surname_names_read_whole, transliterated_name_read_in_two, name_read_one_character_on,
                      name_given_its_last_character_wa, town_government_left_untagged, cooperative_named_by_its_place,
                      resident_post_given_its_zhucun, place_read_short_of_its_water_or_mountain,
                      natural_area_word_into_its_place, park_word_into_its_place, town_reservoir_named_whole,
                      untagged_byline_names,
                      untagged_holder_after_a_post, province_part_completed, short_place_read_as_a_body,
                      short_mention_of_a_named_body, person_completed_through_the_text,
                      place_ending_inside_a_place_named_elsewhere, untagged_places_of_an_elided_list, county_named_alone, county_scenic_area,
                      place_given_its_unit,
                      campus_into_its_body, place_read_as_a_person_before_its_whole_unit,
                      person_read_on_into_going_to_a_unit, person_given_its_last_character_before_speaking,
                      party_members_team_made_whole, name_parted_at_a_joiner_but_tagged_whole_elsewhere,
                      name_end_given_back_by_a_post, untagged_medium_of_a_dateline_or_source,
                      paper_named_by_its_place, alliance_station_named_whole, flood_headquarters_named_by_its_place, substation_named_after_its_voltage,
                      office_of_a_named_body_made_whole,
                      unique_body_read_into_the_post_after_it,
                      working_committee_into_its_body):  # again: places read as people late (尼玛石|曲 ×4)
        named = late_rule(named, text)
    named = other_mentions_of_people(named, text)
    # after the late rules, which read a name tagged longer elsewhere back in (李飞|作的报告 beside another 李飞作)
    named = [name_off_the_zuo_of_a_report(entity, text) for entity in named]
    named = departments_set_up_inside_a_body(affairs_post_made_whole(committee_word_out_of_a_post(named, text), text), text)
    named = clause_opener_off_a_name_tagged_elsewhere(named, text)
    # a name completed or merged late may be generic (广大干|部) or run into a common noun (河北 + 广大干|部) too, and one
    # cut late may be a country read as a person (阿富汗平 (PER) → 阿富汗)
    # whose post a post is, the people read as bodies made people late count (任命|裴金佳 (ORG)|为退役军人事务部|部长)
    holders = [person_read_as_a_body(e, text) for e in named]
    # the last filter: posts held by no one, generic words and bare kinds, and names of what LABELS.md does not tag
    kept = [mended for e in event_venue_places(post_after_a_late_name(city_before_its_own_heads_post(untagged_state_or_province(unique_body_before_its_unit(untagged_unique_body(unique_body_read_in_pieces(named, text), text), text), text), text), named, text), text)
            if not is_unheld_post(e, holders, text) and not is_post_beside_no_one(e, holders, text) and not is_representing_verb(e, named)
            and not is_post_as_a_kind(e, named, text)
            and not _names_nothing(e)
            and not is_typhoon_name(e, text) and not is_xinxiang_read_in_a_village_worthy(e, text) and not is_time_zone(e, text) and not is_direction_and_about(e, text)
            and not is_compass_point(e, text) and not is_related_to_a_kind_of_affairs(e, text)
            and not is_document_number_prefix(e, text) and not is_livelihood_field(e, text) and not is_event_name(e) and not is_spacecraft_name(e)
            and not is_quoted_numbered_product(e, text) and not is_workshop_named_by_its_kind(e) and not is_quoted_volunteer_team(e)
            and not is_company_named_by_its_trade(e, text)
            and not is_satellite_system_before_its_word(e, text) and not is_central_conference_subject(e, text)
            and not is_title_of_a_work(e, text) and not is_sector_members(e) and not is_quoted_machine_name(e, text)
            and not opens_with_party_and_state(e) and not in_developing_country(e, text)
            and not is_rural_revitalization_read_as_a_place(e, text) and not is_level_body_joined_to_a_person(e, holders, text)
            and not is_kind_before_one_of(e, text) and not is_language_name(e, text)
            and not is_people_in_a_list_of_peoples(e, text) and not is_platform(e)
            # a span the late mends cut to a generic word or a bare kind names nothing either (|医院|填报 → 医院)
            for mended in [_mended_late(e, text)] if not _names_nothing(mended)]
    # the last guard: no mark left unpaired, then no two spans on one stretch (LABELS.md §2: flat)
    last = posts_side_by_side_joined(bare_kind_off_a_post(paper_named_alone(kept, text), text), text)
    return flat([piece for span in last for piece in paired_marks_kept(span) if not _names_nothing(piece)])


def _is_acting_for_ending_a_clause(entity: Entity, text: str) -> bool:
    """Whether a post is 代理 (acts for) alone before a clause mark or the end: the verb (总统职务由副总统特梅尔|代理|。:
    CCTV news), not an acting post's 代理 before the post (为|代理|内政部长: MSRA)."""
    return entity.type == "TITLE" and entity.text == "代理" and not is_cjk(text[entity.end : entity.end + 1])


def _names_nothing(entity: Entity) -> bool:
    """Whether a span is a generic word, a bare kind of body, a kind of wildlife or building, or a direction alone (前往|
    东部|省份, 促进|中部 (ORG)|崛起; not 东部|战区, made whole late; 尤其是在|中西部 (ORG): the corpora tag none), or ends
    with a whole term after what is no place (白色|大熊猫)."""
    return (entity.text in GENERIC_WORDS or entity.text in BARE_BODY_KINDS or entity.text in WILDLIFE_AND_BUILDING_KINDS
            or entity.text in DIRECTIONS or entity.text in _TWO_DIRECTIONS or ends_in_a_whole_term(entity))


def _mended_late(entity: Entity, text: str) -> Entity:
    """A span after the late mends of one span each, in order: the last list rules may complete, merge or cut a name
    into one these read (a venue's 国际, a person's or body's fund, a place's descriptor or side, law or states, a trade
    agreement, a campaign's word, a count of places, civilization, 涉, a term, a verb, the work done at a place, a quoted
    volunteers' team, a common noun, a river's water, thaw or embankment, a bridge's closure, produce, an event's host,
    a person named like a place or read as a body, a country, a government, a leader, a people's name after a place, a
    company's bracketed group, a foreign city, a post's 原 or 前)."""
    entity = international_venue_or_place(entity, text)
    entity = named_fund(entity, text)
    entity = descriptor_off_a_place(entity)
    entity = venue_beside_a_place_cut(side_off_a_place(entity))
    entity = place_off_its_law_or_states(entity, text)
    entity = states_off_their_trade_agreement(entity, text)
    entity = provinces_abbreviated_off_a_project(kind_of_village_off_a_chain(campaign_word_off_a_place(entity)))
    entity = places_counted_cut_off(entity)
    entity = civilization_off_a_place(entity)
    entity = place_of_related_affairs(entity)
    entity = cut_before_a_term(entity, text)
    entity = body_read_on_past_a_verb(body_read_on_into_a_late_verb(entity, text), text)
    entity = place_read_on_into_a_common_verb_late(entity, text)
    entity = place_read_on_into_the_work_done_there(entity, text)
    entity = place_off_a_quoted_volunteer_team(entity)
    entity = verb_opening_a_name_late(entity, text)
    entity = place_cut_before_a_word_it_opens(place_off_a_late_common_noun(entity, text), text)
    entity = produce_off_its_place(thaw_or_closure_off_a_name(water_off_its_river(entity)), text)
    entity = embankment_off_its_water(entity)
    entity = host_of_an_event(entity, text)
    entity = person_named_like_a_place(entity, text)
    entity = person_read_as_a_body(entity, text)
    entity = country_before_its_athletes_as_place(country_as_place(entity, text), text)
    entity = government_read_as_place(entity)
    entity = place_before_a_kind(entity, text)
    entity = unique_body_read_on_into_a_word(entity, text)
    entity = leader_read_as_place(entity)
    entity = former_off_a_post(date_off_a_person_or_post(entity))
    entity = rural_revitalization_off_a_place(entity, text)
    entity = preposition_off_a_transliterated_place(entity, text)
    entity = people_off_a_place(entity, text)
    entity = company_named_with_its_group_in_brackets(entity, text)
    return foreign_city_read_as_body(entity, text)


#: Words that name no particular place or body (LABELS.md: 我国, 全国, 全省, 我市 are not places; bare body
#: types such as 供电所, 合作社, 党支部, 镇政府, sectors such as 交警, 消防, and generic mentions such as 村集体 are
#: not entities). None of the
#: training corpora marks one of them as an entity, but for MSRA's 党支部 (ORG) and 新区 (LOC), five and four times in
#: 45,000 sentences.
#: The characters of a post's rank (副主任, 正处级), which alone are no post (一副副春联: 副副 is a measure word doubled).
_RANK_CHARACTERS = frozenset("副正")

#: Animals of wildlife stories and kinds of building, read as people, places or bodies (眼前这几只美丽的|丹顶鹤 (PER), and
#: so at its 13 other mentions; 看|四合院 (ORG): CCTV news, 4,000 stories); no gold span of the corpora is one of them.
#: Not 熊猫, a company's name too (People's Daily's ORG).
WILDLIFE_AND_BUILDING_KINDS = frozenset({"丹顶鹤", "白鹤", "灰鹤", "黑颈鹤", "白头鹤", "白鹭", "天鹅", "候鸟", "大熊猫", "东北虎",
                                         "华南虎", "金丝猴", "朱鹮", "江豚", "麋鹿", "藏羚羊", "中华鲟", "雪豹", "亚洲象",
                                         "白鳍豚", "四合院"})

#: Bare kinds of body a text names its subject by once it has named it, and the like read as names whole (该|公司,
#: 与|中心|工作人员, 出席|招待会, |主席团|常务主席, |一同|走下舷梯: CCTV news). Only a span that is one of them whole is
#: dropped, unlike :data:`GENERIC_WORDS`, which names also end with (种子岛宇宙|中心 stays). MSRA tags 99 such in 45,000
#: sentences, mostly 公司 and 中心; the written labels none (LABELS.md: bare body types are no entities).
BARE_BODY_KINDS = frozenset({"公司", "中心", "集团", "协会", "委员会", "理事会", "监事会", "董事会", "基金会", "主席团", "招待会",
                             "一同", "研究所", "社会",
                             # a school, hospital, court or bureau of one named before (|学院|院长张国良, 该院|执行局|局长): the
                             # written labels tag none alone; People's Daily tags 医院, 学校, 法院 alone, four times in its dev set
                             "学院", "学校", "医院", "法院", "检察院", "研究院", "执行局", "分公司",
                             # hospitals, schools and care homes by their kind (旗下的|康复医院|: a local-news sentence written
                             # for the genre; MSRA tags a bare 儿童医院 and 肿瘤医院 once each, the written labels none)
                             "康复医院", "人民医院", "中医院", "中医医院", "中心医院", "妇幼保健院", "儿童医院", "肿瘤医院",
                             "养老院", "护理院", "幼儿园", "中心幼儿园", "中心小学", "实验小学", "小学", "中学", "初中", "高中",
                             "老年大学",
                             # a workshop of the common-prosperity scheme (村口的“|共富工坊|”里: the written labels tag it none of 49 times)
                             "工坊", "共富工坊",
                             "救援队", "应急救援队",  # a rescue team by its kind alone (|救援队|队长王海军)
                             # a consultative meeting by its kind (全国政协27日在京召开|远程协商会: CCTV news)
                             "协商会", "远程协商会", "专题协商会", "双周协商座谈会", "座谈会",
                             # a township's stations and offices by their kind (…林区林业站、|财政所|、林区管委会: CCTV news;
                             # the written labels tag none of their 59 bare mentions, MSRA 2 of 69)
                             "财政所", "林业站", "司法所", "水利站", "农技站", "国土所", "兽医站",
                             "武装部", "人武部",  # a township's armed forces department (、|武装部|部长程伟: a local-style sentence)
                             # the river chiefs' and water-control offices by their kind (市治水办（|河长办|）常务副主任;
                             # the written labels tag them only with a place: 龙游县治水办)
                             "河长办", "治水办", "防汛办", "防指",
                             # a scenic area's or park's committee by its kind (|景区管委会|主任郑国平: a county paragraph; the
                             # written labels tag one only with its place: 苏州工业园区管委会)
                             "景区管委会", "园区管委会", "景区管理委员会", "景区管理处",
                             "商会",  # a chamber of commerce by its kind (视频会|商会: MSRA and CLUENER tag 4 of 57 bare ones)
                             # a company's departments by their kind (该公司|发展建设部|主任; the written labels tag one only
                             # with its company: 国网张北县供电公司运检部), and an office (MSRA tags 1 of 113 bare ones)
                             "营销部", "运检部", "发展建设部", "发展策划部", "财务部", "人力资源部", "运维检修部", "办公室",
                             "调控中心", "客户服务中心", "运检中心", "输电运检中心", "配电运检中心",
                             # and its operations centres (该公司|变电运维中心|副主任: a local-style sentence; the written
                             # labels leave a bare 运维中心 untagged)
                             "运维中心", "变电运维中心", "配网运维中心", "变电检修中心", "供电服务指挥中心", "营销服务中心",
                             # a museum, memorial hall or former residence by its kind, once the text has named it (在|纪念馆|不远处,
                             # CCTV news; MSRA tags 11 bare 纪念馆 and 15 bare 博物馆 as places, the written labels none)
                             "纪念馆", "博物馆", "故居", "展览馆", "美术馆", "图书馆", "文化馆", "科技馆", "档案馆", "天文馆",
                             "国道", "省道", "县道",  # a road by its kind, with no number (a numbered one is a place: 国道219)
                             # and bodies and zones by their kind in gov.cn documents (该|门户网站, |杂志社|, |联席会议办公室|,
                             # 国家级|高新技术产业开发区, a bare 自治区)
                             "门户网站", "杂志社", "联席会议办公室", "领导小组办公室", "高新技术产业开发区", "自治区",
                             # a command post by its kind (公安部在灾区设立|前线指挥部, 当地成立|救援指挥部: CCTV news; the
                             # written labels and MSRA leave 现场指挥部, 前方指挥部, 三防指挥部 and 指挥部 untagged)
                             "指挥部", "前线指挥部", "前方指挥部", "现场指挥部", "救援指挥部", "临时指挥部", "三防指挥部",
                             "保电指挥部", "抗震救灾指挥部",
                             # and flood-control and emergency ones by their kind (当地|防汛指挥部: CCTV news; the written
                             # labels tag them only with a place: 沅陵县防汛抗旱指挥部, 永嘉县防汛防台抗旱指挥部)
                             "防汛指挥部", "防汛抗旱指挥部", "防汛防台指挥部", "防汛防台抗旱指挥部", "抗洪抢险指挥部",
                             "应急指挥部", "疫情防控指挥部",
                             # a group a body sends, by its kind (率|督查组|赴上饶: a local sentence; the corpora leave 检查组,
                             # 工作组 and 专家组 untagged 45 times of 47)
                             "督查组", "检查组", "督导组", "调研组", "专家组", "工作组", "巡查组", "考察组", "指导组"})

def kind_and_head_made_a_post(entities: Sequence[Entity]) -> list[Entity]:
    """One post of a body by its kind read as a body and the head's 长 after it read as the post: 武装部|长 → 武装部长,
    水利站|长 → 水利站长 (镇党委委员、武装部长刘建华: a local-style sentence). The kind names no body (LABELS.md), and
    dropped alone it would take the post's one character with it, leaving the person no post; 人武部部长 is one post
    already (:data:`BARE_BODY_KINDS`)."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for entity in ordered:
        before = result[-1] if result else None
        if (entity.type == "TITLE" and entity.text == "长" and before is not None and before.type == "ORG"
                and before.end == entity.start and before.text in BARE_BODY_KINDS and before.text[-1] in _HEADED_KIND_ENDINGS):
            result[-1] = Entity(before.start, entity.end, "TITLE", before.text + entity.text)
            continue
        result.append(entity)
    return result


#: The last characters of kinds of bodies whose head's post is the kind and 长 (部长, 站长, 所长, 队长, 科长).
_HEADED_KIND_ENDINGS = "部局站所队科处"

#: The parts of the country or a place by two or three directions, no names (尤其是在|中西部, 日本|东南部: the corpora tag none).
_TWO_DIRECTIONS = frozenset({"中西部", "东中西部", "中东部", "东中部", "东西部", "西北部", "东南部", "西南部", "东北部"})

#: How occupations end, which are roles, not posts (科学家, 艺术家, 专家, 特教老师, 歌唱演员: CLUENER marks them as
#: positions, the written labels never tag one before a name).
ROLE_ENDINGS = ("家", "老师", "教师", "演员", "人员", "医生", "评论员", "民警", "交警", "官员",  # also 护理人员, 工作人员: staff; 内科医生, 时政评论员; 公安民警, 高级官员; 退休教师 (CLUENER tags 教师 22 times)
                "负责人",  # 中央负责人, 相关负责人: LABELS.md's 负责人 is a role however qualified (CLUENER tags them)
                "学生", "学员",  # a student however qualified (高三学生, 留学生; CLUENER tags them as positions)
                "承人",  # a bearer of intangible heritage (非遗传承人, also cut as jieba reads 遗传: 非遗传|承人; local news)
                "干部",  # a cadre however qualified (村干部|臧春英: CCTV news; LABELS.md's 干部 is a role, no gold post ends so)
                # honours and descriptions, no office (国学大师|杜维明, 国际钢琴巨星|郎朗, 体操名将, 嘉宾: CCTV news; the written
                # labels tag none, CLUENER tags 大师 as a position 16 times)
                "大师", "巨星", "名将", "嘉宾",
                "家长")  # a parent however qualified (小学生家长|刘亚华: CCTV news; no gold post ends so)

#: A professional rank, no post (高级林业工程师杨凤鹏, 工程师钱思远: the written labels tag none; CCTV news), but not a
#: chief's post named so (总工程师, 副总经济师: posts of a bureau or company, which the written labels tag).
_PROFESSIONAL_RANK = re.compile(r"^(?!总|副总)[\u4e00-\u9fff]*(?:工程师|经济师|农艺师|畜牧师|会计师|规划师|统计师)$")

#: The verb 主持 (chairs) with what it chairs, read as a post after a leader's name (陈希|主持会议, 胡春华|主持峰会);
#: CLUENER's TV host, 主持人, stays a post as CLUENER marks it. Also the verb 委托 (entrusts) read as a post before the
#: one entrusted (并|委托|王晨副委员长作说明, from CCTV news), 分管 (in charge of: 分管|日常工作的副书记) and a discipline
#: committee read as a post (湖北省|纪委|给予处分); no gold TITLE of the corpora is one. And from CCTV news: 出席 (attends:
#: 汪洋|出席|专题协商会, 15 of the probes' TITLEs), other verbs read as a post after a name (默克尔|连任, 深入|学习|周恩义,
#: 张国春|追记|一等功, 法院|提审, 铭记, 计划, 圭方|支持|习近平主席, 普京还|提议|梅德韦杰夫), a spouse word read alone (武契奇|夫妇: the couple) and the country that
#: chairs a forum (下届|主席国|、南非总统祖马: a state, no post); and (stop 65, 4,000 CCTV stories) a verb or noun a post was
#: read on into (奥利高度|评价|习近平主席, 习近平主席的|主旨|发言, 法国|组合|帕帕达吉斯); and (stop 72, 1,500 more) a
#: verb and nouns read as posts whole (吴邦国|高度评价|梅津采夫, 调到丽江华坪县|教书, 中共中央|党史|和文献研究院, 非盟|总部,
#: 第662号国务|院令); and (stop 89) comprehending (学习|领会|习近平主席…).
_VERB_OR_BODY_READ_AS_POST = re.compile(r"主持(?!人)|出席|(?:委托|分管|纪委|纪工委|监委|连任|学习|学习领会|追记|提审|铭记|计划|夫妇|夫人|主席国|支持|提议"
                                        r"|评价|高度评价|主旨|组合|教书|党史|总部|院令"
                                        r"|领会)$")
