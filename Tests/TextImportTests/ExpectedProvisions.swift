/// Provision numbers of each law in Corpus/sources, in document order, as printed, checked by hand against the
/// texts. `*` marks an article the law inserts into another law (a quoted article in a `mod`, with a host), or
/// an article it inserts text into (quoted paragraphs for `artículo 173`: listed as `173`, a fragment of it).
let expectedProvisionNumbers: [String: String] = [
    "ar-cp-delitos-informaticos.txt": "77 | 78 bis | 128 | 131 | 153 | 153 BIS | 155 | 157 | 157 bis | 173 | 183 | 184 | 197 | 255",
    "ar-ley-26388.txt": "1º | 77* | 2º | 128* | 3º | 4º | 153* | 5º | 153 bis* | 6º | 155* | 7º | 157* | 8º | 157 bis* | 9º | 173* | 10º | 183* | 11º | 184* | 12º | 197* | 13º | 255* | 14º | 15º",
    "br-cp-crimes-informaticos.txt": "154-A | 154-B | 155 | 171 | 266 | 298 | 313-A | 313-B",
    "br-lei-12965-marco-civil.txt": "5º | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 22 | 23",
    "ca-criminal-code-cyber.txt": "184 | 342.1 | 342.2 | 430 | 487.011 | 487.012 | 487.013 | 487.0131 | 487.014 | 487.0141 | 487.015 | 487.016 | 487.017 | 487.018 | 487.019 | 487.0191 | 487.0192 | 487.01921 | 487.0193 | 487.0194 | 487.0195 | 487.0196 | 487.0197 | 487.0198 | 487.0199",
    "cl-ley-19223.txt": "1° | 2° | 3° | 4°",
    "cl-ley-21459-vigente.txt": "1° | 2° | 3° | 4° | 5° | 6° | 7° | 8º | 9° | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 218 bis* | 19 | 20 | 36B* | 21 | primero | segundo | tercero",
    "cl-ley-21459.txt": "1° | 2° | 3° | 4° | 5° | 6° | 7° | 8º | 9° | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 218 bis* | 19 | 20 | 36B* | 21 | primero | segundo | tercero",
    "co-cp-ley-599-cyber.txt": "192 | 193 | 194 | 195 | 196 | 197 | 218 | 219A | 219-A | 269A | 269B | 269C | 269D | 269E | 269F | 269G | 269H | 269I | 269J | 270 | 271 | 272",
    "co-ley-1273-2009.txt": "1° | 269A* | 269B* | 269C* | 269D* | 269E* | 269F* | 269G* | 269H* | 269I* | 269J* | 2° | 58* | 3° | 37* | 4°",
    "mx-cpf-211bis.txt": "210 | 211 | 211 Bis | 211 bis 1 | 211 bis 2 | 211 bis 3 | 211 bis 4 | 211 bis 5 | 211 bis 6 | 211 bis 7",
    "pe-dl-1591-2023.txt": "1 | 2 | 5* | 9* | 3 | 4 | Única",
    "pe-dl-1614-2023.txt": "1 | 2 | 2* | 8* | 3 | 4",
    "pe-dl-1625-2024.txt": "1 | 2 | 3 | 154-B* | 158* | 4 | 5-A* | 5",
    "pe-dl-1700-2026.txt": "1 | 2 | 3 | 12-A* | 4 | 5 | 6",
    "pe-dl-1741-2026.txt": "1 | 2 | 3 | 12-A* | 4 | 5 | 6",
    "pe-ley-30096-vigente-parcial.txt": "1 | 2 | 3 | 4 | 5 | 5-A | 7 | 8 | 8-A | 9 | 9-A | 10 | 11 | 12 | 12-A",
    "pe-ley-32183-2024.txt": "1 | 200* | 2 | 8-A*",
    "pe-ley-32314-2025.txt": "1 | 46* | 129-M* | 132* | 196-A* | 217* | 218* | 219* | 220* | 220-A* | 220-B* | 220-C* | 2 | 11* | ÚNICA",
    "pe-ley-32451-2025.txt": "1 | 9-A* | 2 | 222-B* | 3 | 272-B* | ÚNICA | ÚNICA | 16*",
    "pe-rl-30913-2019.txt": "UNICO",
    "py-ley-4439.txt": "1 | 140* | 146 b* | 146 c* | 146 d* | 174 b* | 175* | 175 b* | 188* | 248 b* | 2",
]
