#!/usr/bin/env python3
"""Writes news.conll: a small CoNLL file (word POS TAG, IOB2) of short news-like sentences written by
the project, for the NER tests. Names are invented except the leaders', whose spans the job must
link to the knowledge base rather than count as plain people."""
import random

random.seed(11)
PEOPLE = ["Maria Lopez", "John Carter", "Anna Berg", "David Okafor", "Georgia Hart", "Lena Novak", "Tomas Ruiz",
          "Olaf Scholz", "Emmanuel Macron"]
ORGS = ["Acme Bank", "World Bank", "Red Cross", "Northwind Energy", "Global Health Fund"]
PLACES = ["Paris", "Berlin", "Nairobi", "Lima", "Oslo"]
TEMPLATES = [
    "{P} , a spokeswoman for {O} , said on Monday that talks would continue .",
    "{P} met {P2} in {L} to discuss the budget .",
    "{O} said its profits rose sharply last year .",
    "Officials at {O} in {L} declined to comment , {P} said .",
    "{P} of {O} told reporters the plan was sound .",
    "In {L} , {P} praised {O} for its quick response .",
]


def tag(text, kind):
    words = text.split()
    return [(w, "NNP", ("B-" if i == 0 else "I-") + kind) for i, w in enumerate(words)]


lines = []
for n in range(120):
    template = TEMPLATES[n % len(TEMPLATES)]
    p, p2 = random.sample(PEOPLE, 2)
    values = {"P": p, "P2": p2, "O": random.choice(ORGS), "L": random.choice(PLACES)}
    for token in template.split():
        if token.startswith("{") and token.endswith("}"):
            key = token[1:-1]
            kind = {"P": "PER", "P2": "PER", "O": "ORG", "L": "LOC"}[key]
            lines.extend(tag(values[key], kind))
        else:
            lines.append((token, "NN" if token.isalpha() else ".", "O"))
    lines.append(None)
with open(__file__.replace("build_news_conll.py", "news.conll"), "w") as f:
    for entry in lines:
        f.write("\n" if entry is None else " ".join(entry) + "\n")
