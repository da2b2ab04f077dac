#!/usr/bin/env python3
"""Synthetic corpus for scale tests and benchmarks: law texts in lexalign's import format (header, blank line, text).

    Scripts/generate-corpus.py --count 1000 --seed 7 --output .build/synthetic/texts

Law i depends only on (seed, i), so the first 10 laws of a 1,000-law corpus are the 10-law corpus: the sizes the
benchmark compares (10, 100, 1,000) are prefixes of one another. Output is byte-identical for the same arguments.

Languages rotate es, pt, en, fr. Sentences come from an order-2 word Markov chain trained on the real law texts in
Corpus/sources/<cc>/ for that language (es, pt, en), with the terms of the concept lexicons
Mappings/lexicons/<language>.yaml spliced in, so the mapper finds the kind of matches real laws give. French
sentences are built from the French lexicon terms in the offence-clause shape French penal codes use ("Le fait de ... est puni de ..."). Structure follows each language's
printed conventions as the importer reads them: Título/Capítulo + "Artículo N°.-" and literales a) (es);
CAPÍTULO + "Art. Nº" with incisos I - and § parágrafos (pt); bare numbered sections with (1) subsections and (a)
paragraphs (en); Chapitre + "Article N" (fr). Sizes are drawn to match the real laws: 4 to 60 articles, about 2 to
40 KB a law.
"""
import argparse
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
LAWS = ROOT / "Corpus" / "sources"  # <cc>/<stem>.txt; the instruments' texts in int/ are not national law
LEXICONS = ROOT / "Mappings" / "lexicons"  # <language>.yaml: the concept terms the mapper searches
LANGUAGES = ["es", "pt", "en", "fr"]
COUNTRIES = {"es": ["ar", "cl", "co", "cr", "do", "ec", "gt", "mx", "pa", "pe", "py", "sv"], "pt": ["br"],
             "en": ["ca", "gd", "jm", "us"], "fr": ["ht"]}
TITLES = {"es": "Ley N° {n} sobre delitos informáticos y evidencia electrónica",
          "pt": "Lei nº {n} sobre crimes cibernéticos e prova eletrônica",
          "en": "Cybercrime and Electronic Evidence Act No. {n}",
          "fr": "Loi n° {n} relative à la cybercriminalité et à la preuve électronique"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
LABEL = re.compile(
    r"^\s*(?:(?:art[íi]culo|artigo|article|art\.|section|sec\.)\s*[\w°º.\-\"]+\s*(?:\.\s*-|[-–—:.])?\s*"
    r"|[a-z]\)\s*|\(\w{1,4}\)\s*|[IVXLC]+\s*[-–.)]\s*|§\s*\d+º?\.?\s*|\d+(?:\.\d+)*[°º]?\s*[-.)]?\s+)",
    re.I)
FRENCH_SHAPES = [
    "Le fait de {a} est puni de {y} ans d'emprisonnement et de {e} euros d'amende.",
    "Est puni des mêmes peines le fait, sans droit, de {a} ou de {b}.",
    "Au sens du présent chapitre, on entend par {a} tout {b} au sens de l'article {k}.",
    "La tentative des délits prévus au présent article est punie des mêmes peines, lorsque {a} porte sur {b}.",
    "L'autorité judiciaire peut ordonner {a}, pour une durée de {y} jours, lorsque {b} est nécessaire à l'enquête.",
]


def header_of(path):
    fields, body, in_header = {}, [], True
    for line in path.read_text(encoding="utf-8").splitlines():
        if in_header:
            if not line.strip():
                in_header = False
            elif ":" in line:
                key, value = line.split(":", 1)
                fields[key.strip().lower()] = value.strip()
        else:
            body.append(line)
    return fields, body


def train(language_code):
    """Order-2 word chain over the sentences of every real law in that language."""
    chain, starts = {}, []
    for path in sorted(path for path in LAWS.glob("*/*.txt") if path.parent.name != "int"):
        fields, body = header_of(path)
        if fields.get("language", "").lower() != language_code:
            continue
        for line in body:
            # Labels (article numbers, list markers) are the generator's to print, not the chain's.
            previous = None
            while previous != line:
                previous, line = line, LABEL.sub("", line, count=1)
            words = line.split()
            if len(words) < 8 or not words[0][:1].isupper() or not words[0].isalpha():
                continue
            starts.append((words[0], words[1]))
            for first, second, third in zip(words, words[1:], words[2:] + ["\n"]):
                chain.setdefault((first, second), []).append(third)
    return chain, starts


def load_signals():
    """Every term of the concept lexicons, by language (gaps and wildcards removed): the phrases laws use for the
    concepts the mapper reads (terms: [...] flow lists, possibly over several lines)."""
    signals = {language: [] for language in LANGUAGES}
    for language in LANGUAGES:
        text = (LEXICONS / f"{language}.yaml").read_text(encoding="utf-8")
        text = "\n".join(line.split(" #", 1)[0] for line in text.splitlines() if not line.lstrip().startswith("#"))
        for match in re.finditer(r"terms:\s*\[(.*?)\]", text, re.S):
            for item in re.findall(r'"[^"]*"|[^,]+', match.group(1)):
                phrase = " ".join(item.strip().strip('"').split()).replace(" ... ", " ").replace("*", "")
                if phrase:
                    signals[language].append(phrase)
        signals[language] = sorted(set(signals[language]))
    return signals


class Writer:
    def __init__(self, language, chain, starts, signals, rng):
        self.language, self.chain, self.starts, self.signals, self.rng = language, chain, starts, signals, rng

    def sentence(self):
        rng = self.rng
        if self.language == "fr":
            shape = rng.choice(FRENCH_SHAPES)
            return shape.format(a=rng.choice(self.signals), b=rng.choice(self.signals), y=rng.randint(1, 10),
                                e=rng.choice([15000, 30000, 45000, 75000, 150000]), k=rng.randint(1, 60))
        words = list(rng.choice(self.starts))
        limit = rng.randint(14, 45)
        while len(words) < limit:
            following = self.chain.get((words[-2], words[-1]))
            if not following:
                break
            word = rng.choice(following)
            if word == "\n":
                break
            words.append(word)
        if rng.random() < 0.35:
            words.insert(rng.randint(1, len(words)), rng.choice(self.signals))
        text = " ".join(words).rstrip(",;:")
        return text if text.endswith(".") else text + "."

    def paragraph(self, sentences):
        return " ".join(self.sentence() for _ in range(sentences))

    def heading(self):
        words = self.rng.choice(self.signals).split()
        return " ".join(words)[:1].upper() + " ".join(words)[1:]


def law(seed, index, vocabularies, signals):
    rng = random.Random(f"{seed}-{index}")
    language = LANGUAGES[index % len(LANGUAGES)]
    chain, starts = vocabularies[language]
    writer = Writer(language, chain, starts, signals[language], rng)
    country = COUNTRIES[language][(index // len(LANGUAGES)) % len(COUNTRIES[language])]
    number = str(20000 + index)
    date = f"{2000 + index % 26}-{1 + index % 12:02d}-{1 + index % 28:02d}"
    title = TITLES[language].format(n=number)
    lines = [f"title: {title}", f"country: {country}", f"language: {language}", f"date: {date}",
             f"source: synthetic, Scripts/generate-corpus.py --seed {seed} (law {index})",
             "completeness: complete (synthetic text)", ""]
    articles = rng.randint(4, 60)
    per_chapter = rng.randint(3, 12)
    for article in range(1, articles + 1):
        if (article - 1) % per_chapter == 0:
            chapter = ROMAN[min((article - 1) // per_chapter, len(ROMAN) - 1)]
            keyword = {"es": "CAPÍTULO", "pt": "CAPÍTULO", "en": "PART", "fr": "CHAPITRE"}[language]
            lines += ["", f"{keyword} {chapter}", writer.heading().upper(), ""]
        heading = writer.heading()
        if language == "es":
            lines.append(f"Artículo {article}°.- {heading}. {writer.paragraph(rng.randint(1, 3))}")
            for letter in "abcde"[: rng.choice([0, 0, 2, 3, 5])]:
                lines.append(f"{letter}) {writer.sentence()}")
        elif language == "pt":
            lines.append(f"Art. {article}{'º' if article < 10 else '.'} {writer.paragraph(rng.randint(1, 3))}")
            for roman in ROMAN[: rng.choice([0, 0, 2, 4])]:
                lines.append(f"{roman} - {writer.sentence()}")
            for paragraph in range(1, rng.choice([1, 1, 2, 3])):
                lines.append(f"§ {paragraph}º {writer.sentence()}")
        elif language == "en":
            lines += [f"{100 + article} {heading}", ""]
            for subsection in range(1, rng.choice([2, 2, 3, 4])):
                lines += [f"({subsection}) {writer.sentence()}", ""]
                for letter in "abc"[: rng.choice([0, 0, 2, 3])]:
                    lines += [f"({letter}) {writer.sentence()}", ""]
        else:
            lines.append(f"Article {article}{'er' if article == 1 else ''}")
            lines.append(writer.paragraph(rng.randint(1, 3)))
    return country, number, "\n".join(lines).rstrip() + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--output", type=pathlib.Path, required=True)
    arguments = parser.parse_args()
    signals = load_signals()
    vocabularies = {"es": train("es"), "pt": train("pt"), "en": train("en"), "fr": ({}, [])}
    arguments.output.mkdir(parents=True, exist_ok=True)
    for index in range(arguments.count):
        country, number, text = law(arguments.seed, index, vocabularies, signals)
        (arguments.output / f"{index:04d}-{country}-{number}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
