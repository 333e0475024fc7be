import pytest
from transformers import BertTokenizer
from zhpolicy.models.windows import sentence_ends, token_windows

TEXT = "南浔区推进节水。水利局说：节水优先！" + "区" * 30 + "。他说2024年完成"

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *dict.fromkeys("南浔区推进节水。利局说：优先！他年完成"), "2024"]


@pytest.fixture
def tokenizer() -> BertTokenizer:
    return BertTokenizer(vocab={token: index for index, token in enumerate(VOCAB)})


def offsets_of(tokenizer, text):
    return tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"]


def test_sentence_ends_index_the_text():
    ends = sentence_ends(TEXT)
    assert ends[0] == TEXT.index("。") + 1
    assert ends[-1] == len(TEXT)


def test_windows_cover_every_token_once_and_fit(tokenizer):
    offsets = offsets_of(tokenizer, TEXT)
    windows = token_windows(offsets, TEXT, max_tokens=20)
    assert windows[0].token_start == 0 and windows[-1].token_end == len(offsets)
    for left, right in zip(windows, windows[1:]):
        assert left.token_end == right.token_start
    assert all(w.token_end - w.token_start <= 18 for w in windows)
    # the first window ends at a sentence end, not in the middle of one
    assert TEXT[windows[0].end - 1] in "。！"
    assert "".join(TEXT[w.start:w.end] for w in windows) == TEXT


def test_short_text_is_one_window(tokenizer):
    text = "南浔区推进节水。"
    [window] = token_windows(offsets_of(tokenizer, text), text, max_tokens=256)
    assert (window.start, window.end) == (0, len(text))


def test_too_small_window_is_refused():
    with pytest.raises(ValueError):
        token_windows([(0, 1)], "南", max_tokens=2)
