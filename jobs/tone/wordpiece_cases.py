"""Writes WordPiece test cases: texts and the ids Hugging Face's tokenizer gives them (no special tokens).

    python wordpiece_cases.py TOKENIZER_JSON ARTICLES_JSONL OUT_JSONL [--sentences N]

The Java tokenizer (io.newsstats.sentiment.WordPiece) must give the same ids: WordPieceTest reads OUT.
"""
import json
import re
import sys

from tokenizers import Tokenizer

tok = Tokenizer.from_file(sys.argv[1])
tok.no_padding()
tok.no_truncation()
limit = int(sys.argv[5]) if len(sys.argv) > 5 else 400
texts = [
    "Putin praised Kim Jong Un's \"unwavering support\" in Pyongyang on Wednesday.",
    "Ségolène Royal met Łukasz Kamiński and Recep Tayyip Erdoğan in Zürich.",
    "The yen rose 0.5% to 151.20 per dollar; the Nikkei fell -1.2 %.",
    "Shares of AT&T (T.N) and Procter & Gamble rose $3.50 — or 2.1 percent — to $170.",
    "习近平 met 尹锡悦 and 岸田文雄 in Beijing.",
    "Emojis 😀 and ellipsis… and « guillemets » and ‘curly’ “quotes”.",
    "tab\tand\nnewline\r\nand\u00a0no-break\u200bzero-width\u0007bell",
    "İstanbul’s mayor, Ekrem İmamoğlu, said: ‘We will win.’",
    "Supercalifragilisticexpialidociousness" * 3,
    "Antidisestablishmentarianism and pneumonoultramicroscopicsilicovolcanoconiosis",
    "U.S.-led NATO allies — including the U.K. — met at 10:30 a.m. GMT.",
    "",
    "   ",
    "ǅemal Bijedić and Ǆ digraphs, ﬁ ligature, Ⅻ numeral, ² superscript",
]
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        text = json.loads(line).get("text") or ""
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if sentence.strip():
                texts.append(sentence)
        if len(texts) >= limit:
            break
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for text in texts[:limit]:
        out.write(json.dumps({"text": text, "ids": tok.encode(text, add_special_tokens=False).ids}, ensure_ascii=False) + "\n")
print(f"{min(limit, len(texts))} cases")
