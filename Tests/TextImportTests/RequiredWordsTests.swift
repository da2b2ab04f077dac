import Testing
@testable import TextImport

/// The amendment formulas' prefilter: it may only say "cannot match" when the regular expression could not.

@Test("required words: letters at the top level of a pattern, not quantified, not in groups or classes")
func requiredWordRuns() {
    func runs(_ pattern: String) -> [String] {
        RequiredWords(pattern: pattern).runs.map { String(decoding: $0, as: UTF8.self) }
    }
    #expect(runs(#"^[^.]{0,160}?\bsection\s+(?<number>\d+)\s+of\s+the\s+(?<host>[A-Z]\w*)\b[^.]*?\bfollowing\b"#)
        == ["section", "of", "the", "following"])
    #expect(runs(#"\bart[íi]culo\s+(?:del|de la)"#) == ["art", "culo"])
    #expect(runs(#"sections?\s+foo{2}bar"#) == ["section", "fo", "bar"])
    #expect(runs(#"section|article"#).isEmpty)
    #expect(runs(#"(?i)section"#).isEmpty)
    #expect(runs(#"\bart[íi]culo\s+\d+(?:\s(?i:bis|ter))?\s+del"#) == ["art", "culo", "del"])
    #expect(runs(#"section(?x: a # b)"#).isEmpty)
    #expect(runs(#"\Qsection\E"#).isEmpty)
}

@Test("required words: a text without them cannot match; unsure characters leave it to the expression")
func requiredWordTest() {
    let required = RequiredWords(pattern: #"\bsection\s+\d+\s+of\s+the\s+following"#)
    #expect(required.mayMatch("SECTION 5 OF THE Penal Code is replaced by the following:"))
    #expect(!required.mayMatch("Sección 5 of the Code is replaced by the following:"))
    #expect(required.mayMatch("ſection 5 of the Code, the following"))  // `ſ` matches `s` case-insensitively.
    #expect(!required.mayMatch("Section 5 is repealed."))
    #expect(!required.mayMatch("The following: section 5 of the Act"))  // The words out of the pattern's order.
    let bounded = RequiredWords(pattern: #"^[^.]{0,10}?\bart[íi]culo\s+\d+"#)
    #expect(bounded.lead == RequiredWords.Lead(bound: 10, beforeFullStop: true, wordStart: true))
    #expect(bounded.mayMatch("El artículo 5"))
    #expect(bounded.mayMatch("012345678 artículo 5"))
    #expect(!bounded.mayMatch("Sustitúyese el artículo 5"))
    #expect(!bounded.mayMatch("Ver. artículo 5"))  // A full stop before it.
    #expect(!bounded.mayMatch("Apartículo 5"))  // Not the start of a word.
}

@Test("every amendment formula finds what it found without the prefilter")
func amendmentPrefilterAgrees() {
    let formulas = drafting.formulas
    #expect(
        formulas.amendedProvision(
            in: "Section 4 of the Penal Code is amended by inserting the following", language: "en")
            == AmendedProvision(number: "4", host: "Penal Code"))
    #expect(
        formulas.amendedProvision(
            in: "Il est inséré dans le code pénal, un article 78 ainsi rédigé :", language: "fr")
            == AmendedProvision(number: "78", host: "code pénal"))
}
