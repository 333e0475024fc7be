"""Japanese family names, written for this project from the surnames of Japan's politicians in the news since the
1990s and the most common family names of Japan (in their Chinese characters).

A Japanese name in Chinese news is the family name and a given name of two characters, or of three ending in 郎, 夫
or 子 (安倍晋三, 稻田朋美, 小泉纯一郎, 鸠山由纪夫, 小池百合子), and neither jieba nor the small tagger knows most of them: the tagger
reads a piece of the name (稻田, 村山富), reads the post before it in (党首枝野幸男 → 首枝野幸男) or leaves it out
(首相高市早苗). The cleanup reads such a name after a Japanese post from this list.
"""

from __future__ import annotations

#: Family names (two characters mostly; a few of three).
JAPANESE_SURNAMES: frozenset[str] = frozenset("""
安倍 岸田 石破 菅原 鸠山 野田 小泉 麻生 福田 森田 小渊 桥本 村山 羽田 细川 海部 宫泽 竹下 中曾根 小泽 冈田 前原 枝野 玄叶
高市 稻田 小野寺 新藤 田中 石井 玉木 河野 茂木 加藤 松野 浜田 上川 小池 二阶 甘利 细田 山口 铃木 佐藤 高桥 渡边 伊藤
中村 小林 山本 吉田 山田 松本 井上 木村 清水 山崎 池田 阿部 石川 前田 藤田 后藤 村上 近藤 石田 坂本 远藤 青木 藤井
西村 太田 三浦 藤原 冈本 松田 中川 中野 原田 小川 中岛 竹内 金子 和田 中山 石原 上田 柴田 酒井 工藤 横山 宫崎 宫本
内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 藤本 武田 上野 杉山 小山 大冢 平野 久保 松井 千叶 岩崎 樱井 木下
野口 松尾 菊地 野村 新井 渡部 佐佐木 长谷川 海江田 谷垣 岩屋 中谷 齐藤 斋藤 古屋 下村 野中 梶山 町村
高村 盐崎 额贺 北泽 饭岛 片山 钵吕 谷内 秋叶 北村 兼原 东乡 河村
""".split())

#: A Japanese name as a regex: a family name (group ``surname``) and a given name of two characters, or of three ending
#: in 郎, 夫 or 子 (安倍晋三, 小泉纯一郎, 鸠山由纪夫, 小池百合子).
JAPANESE_NAME = (rf"(?P<surname>{'|'.join(sorted(JAPANESE_SURNAMES, key=len, reverse=True))})"
                 r"(?:[\u4e00-\u9fff]{2}[郎夫子]|[\u4e00-\u9fff]{2})")
