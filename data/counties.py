"""Zhejiang's cities and county-level units by the short names local news calls them (淳安, 开化, 庆元), written for
this project from the province's administrative divisions (2024: 11 cities, 37 districts, 20 county-level cities,
33 counties, one of them autonomous).

The pages zhpolicy reads are Zhejiang's, and their stories name a county without its unit when an official goes
there (到淳安义诊, 赴开化调研) or in lists of counties (磐安、武义、浦江三地). The small tagger reads such a name in
pieces (淳|安), as a body or not at all, where the full name (淳安县) it reads well; the NER cleanup tags the short
name in those places (:func:`zhpolicy.models.ner_cleanup.places.county_named_alone`). Users reading other provinces'
papers add their places to a user lexicon (``--lexicon``, README).
"""

from __future__ import annotations

#: Each city's short name with its districts, county-level cities and counties (the autonomous county by its short
#: name, 景宁, as news writes it).
ZHEJIANG_DIVISIONS: dict[str, tuple[str, ...]] = {
    "杭州": ("上城", "拱墅", "西湖", "滨江", "萧山", "余杭", "临平", "钱塘", "富阳", "临安", "桐庐", "淳安", "建德"),
    "宁波": ("海曙", "江北", "北仑", "镇海", "鄞州", "奉化", "余姚", "慈溪", "象山", "宁海"),
    "温州": ("鹿城", "龙湾", "瓯海", "洞头", "永嘉", "平阳", "苍南", "文成", "泰顺", "瑞安", "乐清", "龙港"),
    "嘉兴": ("南湖", "秀洲", "嘉善", "海盐", "海宁", "平湖", "桐乡"),
    "湖州": ("吴兴", "南浔", "德清", "长兴", "安吉"),
    "绍兴": ("越城", "柯桥", "上虞", "新昌", "诸暨", "嵊州"),
    "金华": ("婺城", "金东", "武义", "浦江", "磐安", "兰溪", "义乌", "东阳", "永康"),
    "衢州": ("柯城", "衢江", "常山", "开化", "龙游", "江山"),
    "舟山": ("定海", "普陀", "岱山", "嵊泗"),
    "台州": ("椒江", "黄岩", "路桥", "三门", "天台", "仙居", "温岭", "临海", "玉环"),
    "丽水": ("莲都", "青田", "缙云", "遂昌", "松阳", "云和", "庆元", "景宁", "龙泉"),
}

#: Every short name above, cities and their units.
ZHEJIANG_SHORT_NAMES: frozenset[str] = frozenset(ZHEJIANG_DIVISIONS) | frozenset(
    unit for units in ZHEJIANG_DIVISIONS.values() for unit in units)
