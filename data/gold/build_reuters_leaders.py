#!/usr/bin/env python3
"""Writes data/gold/reuters-leaders.jsonl: leader recall labels for Reuters-21578 (1987 wire news).

Usage: build_reuters_leaders.py REUTERS_DIR > data/gold/reuters-leaders.jsonl
  REUTERS_DIR holds reut2-*.sgm (e.g. ../shared/eval/reuters21578). Only labels are written: story ids,
  dates, the <PEOPLE> tag and the leader id; the texts stay with the collection (research use only).

A label is a story whose <PEOPLE> tags name a head of state, head of government or effective leader
in office that day (TAG_TO_LEADER, checked by hand against the tenures), who is named in the story's
body (the tag's surname appears in the <BODY>). Ministers, central bankers and businessmen are
not leaders. Scored by `news-stats evaluate-countries --reuters DIR --leaders data/gold/reuters-leaders.jsonl`.
"""
import glob
import json
import os
import re
import sys

# <PEOPLE> tags of 1987 leaders -> knowledge-base id (team knowledge, each checked against tenures.csv).
TAG_TO_LEADER = {
    "reagan": "ronald-reagan", "nakasone": "yasuhiro-nakasone",  # Takeshita took office after the last story
    "thatcher": "margaret-thatcher", "sarney": "jose-sarney", "chirac": "jacques-chirac",
    "mitterrand": "francois-mitterrand", "kohl": "helmut-kohl", "von-weizsaecker": "richard-von-weizsacker",
    "zhao-ziyang": "zhao-ziyang", "deng-xiaoping": "deng-xiaoping", "hawke": "bob-hawke",
    "mulroney": "brian-mulroney", "garcia": "alan-garcia", "mikulic": "branko-mikulic",
    "papandreou": "andreas-papandreou", "aquino": "corazon-aquino", "cavaco-silva": "anibal-cavaco-silva",
    "gandhi": "rajiv-gandhi", "suharto": "suharto", "goria": "giovanni-goria", "cossiga": "francesco-cossiga",
    "king-fahd": "king-fahd", "mousavi": "mir-hossein-mousavi", "khomeini": "ruhollah-khomeini",
    "ozal": "turgut-ozal", "haughey": "charles-james-haughey", "lange": "david-lange",
    "babangida": "ibrahim-babangida", "alfonsin": "raul-alfonsin", "martens": "wilfried-martens",
    "jaruzelski": "wojciech-jaruzelski", "de-la-madrid": "miguel-de-la-madrid", "carlsson": "ingvar-carlsson",
    "schlueter": "poul-schluter", "ryzhkov": "nikolai-ryzhkov", "gorbachev": "mikhail-gorbachev",
}
STORY = re.compile(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)
MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}


def main(folder):
    for path in sorted(glob.glob(os.path.join(folder, "reut2-*.sgm"))):
        with open(path, encoding="latin-1") as f:
            sgml = f.read()
        for story in STORY.finditer(sgml):
            newid, body = story.group(1), story.group(2)
            people = re.search(r"<PEOPLE>(.*?)</PEOPLE>", body, re.S)
            text = " ".join(re.findall(r"<BODY>(.*?)</BODY>", body, re.S))  # named in the body, not only the title
            date = re.search(r"<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})", body)
            if not people or not text.strip() or not date:
                continue
            published = f"{date.group(3)}-{MONTHS[date.group(2)]:02d}-{int(date.group(1)):02d}"
            for tag in re.findall(r"<D>(.*?)</D>", people.group(1)):
                leader = TAG_TO_LEADER.get(tag)
                surname = tag.split("-")[-1] if tag not in ("king-fahd",) else "fahd"
                if leader and re.search(r"\b" + re.escape(surname) + r"\b", text, re.I):
                    print(json.dumps({"id": f"reuters-{newid}", "published": published, "tag": tag,
                                      "leader": leader}))


if __name__ == "__main__":
    main(sys.argv[1])
