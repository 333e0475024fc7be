"""Names of heads of state and government, and of foreign ministers and spokespeople, that world news on China's
national media names often, written for this project (2010s–2020s): the short form the news writes after the post
(普京, 塞西, 哈桑纳尔), and the full form where the news writes it so (安倍晋三, 特雷莎·梅).

jieba's dictionary lists some of them as places (普京, 奥巴马, 巴沙尔, 哈桑纳尔), and the small tagger, reading a bare
name with no post beside it (与|塞西|进行单独会晤), often follows it; the cleanup reads such a name as the person.
Only names that no place or body of the news shares are listed (not 卡梅伦 or 约翰逊, nor 阿卜杜拉).
"""

from __future__ import annotations

#: Leaders' names (bare, as the news writes them after a post or alone).
WORLD_LEADERS: frozenset[str] = frozenset("""
普京 梅德韦杰夫 拉夫罗夫 佩斯科夫 扎哈罗娃 奥巴马 特朗普 拜登 蓬佩奥 布林肯 希拉里 马克龙 奥朗德 萨科齐 默克尔 朔尔茨
安倍晋三 岸田文雄 菅义伟 石破茂 文在寅 尹锡悦 朴槿惠 李明博 金正恩 莫迪 卢拉 博索纳罗 塞西 穆尔西 埃尔多安 鲁哈尼 内贾德
莱希 哈梅内伊 阿萨德 巴沙尔 内塔尼亚胡 泽连斯基 波罗申科 卢卡申科 纳扎尔巴耶夫 托卡耶夫 米尔济约耶夫 拉赫蒙 洪森 洪玛奈
阮富仲 阮春福 通伦 杜特尔特 佐科 苏西洛 马哈蒂尔 安瓦尔 纳吉布 李显龙 黄循财 哈桑纳尔 萨勒曼 拉马福萨 祖马 姆南加古瓦
穆加贝 武契奇 欧尔班 苏纳克 特雷莎·梅 特鲁多 马杜罗 查韦斯 古特雷斯 潘基文 阿巴斯 穆沙拉夫 卡尔扎伊 阿尔巴尼斯 阿德恩
贝卢斯科尼 伦齐 孔特 德拉吉 梅洛尼 拉霍伊 纽西
""".split())
