"""Writes a people-and-organisations dev set (business-wire.jsonl, general-news.jsonl) from its
builder's table: one JSON line per article, its names split at "; " (a name's other forms stay
joined by "|")."""
import json


def names(field):
    return [n.strip() for n in field.split(";") if n.strip()]


def write(path, articles):
    """articles: (id, published, ref, people, organizations, leaders) with names as "A|a; B" and
    leaders as space-separated ids."""
    with open(path, "w", encoding="utf-8") as out:
        for id_, published, ref, people, organizations, leaders in articles:
            record = {"id": id_, "published": published, "ref": ref, "people": names(people),
                      "organizations": names(organizations), "leaders": leaders.split()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
