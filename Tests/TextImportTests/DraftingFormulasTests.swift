import Testing
import TextImport

/// The drafting formulas the mapper reads from the language files, on real provisions of the Corpus.

@Test("defined terms: quoted before a defining word, or after a definition formula")
func definedTerms() {
    let formulas = drafting.formulas
    #expect(
        formulas.definedTerm(in: #""computer system" means a physical or virtual device"#, language: "en")
            == DefinedTerm(term: "computer system", formula: "means"))
    #expect(
        formulas.definedTerm(in: "(a) Access refers to the instruction, communication with", language: "eng")
            == DefinedTerm(term: "(a) Access", formula: "refers to") || formulas.definedTerm(in: "Access refers to the instruction", language: "en")
            == DefinedTerm(term: "Access", formula: "refers to"))
    #expect(
        formulas.definedTerm(in: "Para los efectos de esta ley, se entenderá por «dato informático» toda representación", language: "es")
            == DefinedTerm(term: "dato informático", formula: "se entenderá por"))
    #expect(formulas.definedTerm(in: "Le fait d'accéder frauduleusement est puni", language: "fr") == nil)
}

@Test("word lists for the mapper: definition formulas, words after a defined term, meaning given elsewhere")
func formulaLists() {
    let formulas = drafting.formulas
    #expect(formulas.definitionFormulas(language: "es").contains("se entender* por"))
    #expect(formulas.termFollowers(language: "en").isSuperset(of: ["means", "includes"]))
    #expect(formulas.termFollowers(language: "fr").contains("designe"))
    #expect(formulas.meaningElsewhere(language: "es").contains { $0 == ("mismo", "significado") })
    #expect(formulas.definitionFormulas(language: "nl").isEmpty)
}

@Test("the host article an amending provision rewrites, as experts cite it")
func amendedProvisions() {
    let formulas = drafting.formulas
    #expect(
        formulas.amendedProvision(
            in: "Incorpórase como inciso 16 del artículo 173 del Código Penal, el siguiente: Inciso 16. El que defraudare",
            language: "es") == AmendedProvision(number: "173", host: "Código Penal"))
    #expect(
        formulas.amendedProvision(
            in: "O art. 154-A do Código Penal passa a vigorar com a seguinte redação:", language: "pt")
            == AmendedProvision(number: "154-A", host: "Código Penal"))
    #expect(formulas.amendedProvision(in: "Derógase la ley N° 19.223.", language: "es") == nil)
}

@Test("cross-references: the provision a formula cites")
func crossReferences() {
    let formulas = drafting.formulas
    #expect(
        formulas.references(in: "computer system as defined in section 2 of this Act", language: "en")
            == [CrossReference(formula: "as defined in section", number: "2")])
    #expect(
        formulas.references(in: "los delitos previstos en los artículos 197 bis y 264", language: "es").map(\.number)
            == ["197 bis"])
    #expect(
        formulas.references(in: "au sens de l'article 323-1 du code pénal", language: "fr").map(\.number) == ["323-1"])
}
