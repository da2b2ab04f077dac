import AkomaNtoso
import Foundation
import Testing

@testable import Alignment

/// Real cases from the development laws, pinned.
@Suite struct PinnedCasesTests {
    let mapper: Mapper

    init() throws {
        mapper = try SharedData.mapper.get()
    }

    func provision(_ stem: String, _ num: String) throws -> Provision {
        try #require(
            PlainLaw.provisions(try SharedData.law(stem)).first {
                ProvisionNumber.fold($0.num ?? "") == ProvisionNumber.fold(num)
            })
    }

    /// A provision of a document committed in Corpus/ (inserted code articles included), by number.
    func corpusProvision(_ file: String, _ num: String) throws -> Provision {
        try #require(
            try SharedData.corpusProvisions(file).first {
                ProvisionNumber.fold($0.num ?? "") == ProvisionNumber.fold(num)
            }, "no provision \(num) in \(file)")
    }

    @Test func chileanIllegalAccessImplementsArticle2AndNotesTheSecurityMeasuresQualifier() throws {
        let pairs = mapper.align(try provision("cl-ley-21459", "2"), language: .es)
        let access = try #require(pairs.first { $0.article == "2" })
        #expect(access.qualifiers.contains("security-measures"))
        let security = try #require(access.elements.first { $0.id == "security-measures" })
        #expect(security.status == .present)
        #expect(security.evidence.contains { $0.text.contains("medidas tecnológicas de seguridad") })
    }

    @Test func colombianComputerDamageImplementsArticle4() throws {
        let pairs = mapper.align(try provision("co-ley-1273-2009", "CP 269D"), language: .es)
        #expect(pairs.contains { $0.article == "4" })
    }

    @Test func offencesBeyondTheConventionStayUnaligned() throws {
        // Chile art. 6: handling data obtained through other offences; Colombia 269F: personal data.
        #expect(mapper.align(try provision("cl-ley-21459", "6"), language: .es).isEmpty)
        #expect(mapper.align(try provision("co-ley-1273-2009", "CP 269F"), language: .es).isEmpty)
    }

    @Test func penaltyAndFormalProvisionsStayUnaligned() throws {
        #expect(mapper.align(try provision("cl-ley-21459", "10"), language: .es).isEmpty)  // aggravating circumstances
        #expect(mapper.align(try provision("co-ley-1273-2009", "CP 269H"), language: .es).isEmpty)
        #expect(mapper.align(try provision("mx-cpf-211bis", "211 bis 7"), language: .es).isEmpty)
        #expect(mapper.align(try provision("cl-ley-21459", "17"), language: .es).isEmpty)  // repeal
    }

    @Test func oneProvisionCanImplementSeveralArticlesAndDefinitionsGoToArticle1() throws {
        let canadian = mapper.align(try provision("ca-criminal-code-cyber", "342.1"), language: .en).map(\.article)
        #expect(Set(canadian).isSuperset(of: ["1", "2", "3", "6"]))
        let definitions = mapper.align(try provision("cl-ley-21459", "15"), language: .es).map(\.article)
        #expect(definitions == ["1"])
    }

    @Test func preservationPowersGoToArticles16And17() throws {
        let preservation = mapper.align(try provision("cl-ley-21459", "218 bis"), language: .es).map(\.article)
        #expect(Set(preservation).isSuperset(of: ["16", "17"]))
        #expect(!preservation.contains("3"))
    }

    @Test func aProductionOrderThatReachesOnlyServiceProvidersIsNarrowerThanOneThatReachesAnyPerson() throws {
        // Art. 18(1)(a) reaches any person holding data; an order only to providers is the narrower 18(1)(b).
        let providersOnly = mapper.align(try corpusProvision("es/act-1882-lecrim-spa-2026-04-09.xml", "588 ter m"), language: .es)
        let narrower = try #require(providersOnly.first { $0.article == "18" })
        #expect(narrower.coverage == .partial)
        #expect(narrower.narrower.contains("any-holder"))
        let anyPerson = mapper.align(try corpusProvision("ke/act-2018-5-eng-2025-11-04.xml", "50"), language: .en)
        #expect(try #require(anyPerson.first { $0.article == "18" }).coverage == .full)
    }

    @Test func aPreservationDutyOfServiceProvidersOnlyIsNarrowerThanOneOfAnyPersonHoldingTheData() throws {
        // Art. 16(2) orders "a person" to preserve data "in the person's possession or control".
        let providersOnly = mapper.align(try provision("cl-ley-21459", "218 bis"), language: .es)
        let narrower = try #require(providersOnly.first { $0.article == "16" })
        #expect(narrower.coverage == .partial)
        #expect(narrower.narrower.contains("custodian-preserves"))
        // (487.012: a demand to any person, with conditions that may prohibit disclosing it, Art. 16(3).)
        let anyPerson = mapper.align(try corpusProvision("ca/act-1988-criminal-code.xml", "487.012"), language: .en)
        #expect(try #require(anyPerson.first { $0.article == "16" }).coverage == .full)
    }

    @Test func whoeverHasTheDataAtTheirDisposalOrUnderTheirControlIsAnyHolder() throws {
        // "a quem tenha disponibilidade ou controlo desses dados, designadamente a fornecedor de serviço": the
        // providers are named as an instance of any holder, not as the only addressees.
        let text = "A autoridade judiciária competente ordena a quem tenha disponibilidade ou controlo desses dados, designadamente a fornecedor de serviço, que preserve os dados informáticos armazenados num sistema informático."
        let provision = Provision(eId: "art_12", level: "article", num: "12", heading: nil, text: text, ancestors: [], host: nil)
        let preservation = try #require(mapper.align(provision, language: .pt).first { $0.article == "16" })
        #expect(!preservation.narrower.contains("custodian-preserves"))
        // (Its secrecy, Art. 16(3), is not in this sentence.)
        #expect(preservation.missing == ["confidentiality"])
    }

    @Test func anOrderForDataOnDatesToComeIsNarrowerThanAProductionOrder() throws {
        // Canada s. 487.0141, "Production order — specified dates": data held on dates the order names, not stored data.
        let future = mapper.align(try corpusProvision("ca/act-1988-criminal-code.xml", "487.0141"), language: .en)
        #expect(try #require(future.first { $0.article == "18" }).coverage == .partial)
        let general = mapper.align(try corpusProvision("ca/act-1988-criminal-code.xml", "487.014"), language: .en)
        #expect(try #require(general.first { $0.article == "18" }).coverage == .full)
    }

    @Test func corporateLiabilityWithoutAttributionCriteriaIsPartialUnlessTakenFromACitedLaw() throws {
        // Kenya s. 43: a body corporate "has committed" the offence; its officers answer unless they were diligent.
        let stated = mapper.align(try corpusProvision("ke/act-2018-5-eng-2025-11-04.xml", "43"), language: .en)
        let partial = try #require(stated.first { $0.article == "12" })
        #expect(partial.coverage == .partial)
        #expect(partial.missing.contains("lack-of-supervision"))
        // Chile art. 21 extends the regime of another law, cited by its number, to the cyber offences.
        let referred = mapper.align(try corpusProvision("cl/act-2022-21459.xml", "21"), language: .es)
        #expect(try #require(referred.first { $0.article == "12" }).coverage == .full)
        // So does a provision that makes legal persons liable under the general regime of the penal code.
        let regime = "As pessoas coletivas e entidades equiparadas são penalmente responsáveis pelos crimes previstos na presente lei nos termos e limites do regime de responsabilização previsto no Código Penal."
        let general = mapper.align(Provision(eId: "art_9", level: "article", num: "9", heading: nil, text: regime, ancestors: [], host: nil), language: .pt)
        #expect(try #require(general.first { $0.article == "12" }).coverage == .full)
    }

    @Test func anAuthoritysMandateImplementsOnlyTheArticlesUnderWhichAPartyDesignatesAnAuthority() throws {
        let text = """
            The Committee shall—
            (a) facilitate international co-operation to the widest extent possible in investigations concerning \
            computer systems and data, and the collection of evidence in electronic form;
            (b) serve as the point of contact available on a twenty-four hour, seven-day-a-week basis, to ensure the \
            provision of immediate assistance for investigations, including technical advice.
            """
        func articles(heading: String?) -> [String] {
            let provision = Provision(eId: "sec_6", level: "section", num: "6", heading: heading, text: text, ancestors: [], host: nil)
            return mapper.align(provision, language: .en).map(\.article)
        }
        let instrument = try InstrumentFixtures.budapest()
        let designating = Set(instrument.articles.filter { $0.designation != nil }.map(\.number))
        let mandate = articles(heading: "Functions of the Committee")
        #expect(Set(mandate).isSubset(of: designating), "\(mandate)")
        #expect(mandate.contains("35"))
        #expect(articles(heading: nil).contains("23"))
        // A provision that opens by creating a body states its mandate as well.
        let creation = Provision(
            eId: "sec_23", level: "section", num: "23", heading: nil,
            text: "There is hereby created an Office of Cybercrime within the Department of Justice designated as the central authority in all matters related to international mutual assistance and extradition.",
            ancestors: [], host: nil)
        let created = mapper.align(creation, language: .en).map(\.article)
        #expect(Set(created).isSubset(of: designating), "\(created)")
    }

    @Test func offencesDescribedByTheirPenaltySetAThresholdAndCreateNoOffence() throws {
        func articles(_ text: String, _ language: Language) -> [String] {
            let provision = Provision(eId: "art_2", level: "article", num: "2", heading: nil, text: text, ancestors: [], host: nil)
            return mapper.align(provision, language: language).map(\.article)
        }
        let thresholds = [
            ("No se admitirá la interceptación de comunicaciones cuando el hecho investigado constituya un delito "
                + "castigado, como máximo, con pena de multa o con la participación en él.", Language.es),
            ("A interceptação de comunicações não será admitida quando o fato investigado constituir infração penal "
                + "punida, no máximo, com pena de detenção, ou a participação nele.", .pt),
        ]
        for (text, language) in thresholds {
            let found = articles(text, language)
            #expect(!found.contains { ["2", "3", "4", "5", "11"].contains($0) }, "\(language): \(found)")
        }
    }

    @Test func aDefinitionThatExtendsTheCodesDocumentToAnyMediumImplementsForgeryPartly() throws {
        func pairs(_ text: String) -> [ProvisionAlignment] {
            let provision = Provision(eId: "art_26", level: "article", num: "26", heading: nil, text: text, ancestors: [], host: nil)
            return mapper.align(provision, language: .es)
        }
        let general = pairs(
            "A los efectos de este Código se considera documento todo soporte material que exprese o incorpore datos, "
                + "hechos o narraciones con eficacia probatoria o cualquier otro tipo de relevancia jurídica.")
        #expect(try #require(general.first { $0.article == "7" }).coverage == .partial)
        let local = pairs(
            "Para los efectos de este artículo, se considera documento todo soporte material que exprese o incorpore "
                + "datos con eficacia probatoria.")
        #expect(!local.contains { $0.article == "7" })
    }

    @Test func everyPresentElementCarriesEvidenceThatPointsIntoTheText() throws {
        let stems = SharedData.laws.keys.sorted()
        var checked = 0
        for stem in stems {
            let file = try SharedData.law(stem)
            let language: Language = file.contains("\nlanguage: en") ? .en : file.contains("\nlanguage: pt") ? .pt : .es
            for provision in PlainLaw.provisions(file) {
                for pair in mapper.align(provision, language: language) {
                    for finding in pair.elements where finding.status == .present {
                        #expect(!finding.evidence.isEmpty, "\(stem) \(provision.num ?? "") Art. \(pair.article) \(finding.id)")
                        for evidence in finding.evidence {
                            let characters = Array(provision.text)
                            #expect(String(characters[evidence.start..<evidence.end]) == evidence.text)
                        }
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }

    @Test func outputIsDeterministic() throws {
        let provisions = PlainLaw.provisions(try SharedData.law("ca-criminal-code-cyber"))
        let first = try AlignmentOutput.json([mapper.align(documentURI: "/akn/ca/act/1985/c-46/eng@2026-05-31", language: .en, provisions: provisions)])
        let second = try AlignmentOutput.json([mapper.align(documentURI: "/akn/ca/act/1985/c-46/eng@2026-05-31", language: .en, provisions: provisions)])
        #expect(first == second)
        #expect(first.contains("\"document\" : \"/akn/ca/act/1985/c-46/eng@2026-05-31\""))
    }
}

/// The same law in another language gives the same alignments: provisions of Chile's Ley 21.459 translated by
/// hand into English, French and Portuguese.
@Suite struct TranslationTests {
    struct Version {
        let language: Language
        let text: String
    }

    static let cases: [(name: String, versions: [Version])] = [
        ("illegal access", [
            Version(language: .es, text: "El que, sin autorización o excediendo la autorización que posea y superando barreras técnicas o medidas tecnológicas de seguridad, acceda a un sistema informático será castigado con la pena de presidio menor en su grado mínimo o multa de once a veinte unidades tributarias mensuales."),
            Version(language: .en, text: "Everyone who, without authorization or exceeding the authorization they hold, and by overcoming technical barriers or technological security measures, accesses a computer system is guilty of an offence and liable to imprisonment for a term of not more than three years."),
            Version(language: .fr, text: "Quiconque, sans autorisation ou en excédant l'autorisation dont il dispose, et en surmontant des barrières techniques ou des mesures de sécurité technologiques, accède à un système informatique est puni d'un emprisonnement de trois ans."),
            Version(language: .pt, text: "Quem, sem autorização ou excedendo a autorização que possua, e superando barreiras técnicas ou medidas tecnológicas de segurança, acessar sistema informático será punido com pena de reclusão de um a três anos."),
        ]),
        ("data interference", [
            Version(language: .es, text: "El que indebidamente altere, dañe o suprima datos informáticos, será castigado con presidio menor en su grado medio, siempre que con ello se cause un daño grave al titular de estos mismos."),
            Version(language: .en, text: "Everyone who without right alters, damages or suppresses computer data is guilty of an offence and liable to imprisonment, if serious harm is caused to the holder of that data."),
            Version(language: .fr, text: "Quiconque, sans droit, altère, endommage ou supprime des données informatiques est puni d'un emprisonnement, s'il en résulte un dommage grave pour leur titulaire."),
            Version(language: .pt, text: "Quem indevidamente alterar, danificar ou suprimir dados informáticos será punido com pena de reclusão, desde que cause dano grave ao titular dos dados."),
        ]),
        ("computer-related fraud", [
            Version(language: .es, text: "El que, causando perjuicio a otro, con la finalidad de obtener un beneficio económico para sí o para un tercero, manipule un sistema informático, mediante la introducción, alteración, daño o supresión de datos informáticos o a través de cualquier interferencia en el funcionamiento de un sistema informático, será penado con presidio menor en sus grados medio a máximo."),
            Version(language: .en, text: "Everyone who, causing a loss of property to another, with intent to obtain an economic benefit for themselves or for another person, manipulates a computer system through the input, alteration, damaging or suppression of computer data or through any interference with the functioning of a computer system, is guilty of an offence and liable to imprisonment."),
            Version(language: .fr, text: "Quiconque, en causant un préjudice à autrui, dans le but d'obtenir un avantage économique pour lui-même ou pour un tiers, manipule un système informatique par l'introduction, l'altération, l'endommagement ou la suppression de données informatiques ou par toute interférence dans le fonctionnement d'un système informatique, est puni d'un emprisonnement."),
            Version(language: .pt, text: "Quem, causando prejuízo a outrem, com a finalidade de obter benefício econômico para si ou para terceiro, manipular sistema informático, mediante a inserção, alteração, dano ou supressão de dados informáticos ou por meio de qualquer interferência no funcionamento de sistema informático, será punido com pena de reclusão."),
        ]),
        ("system interference", [
            Version(language: .es, text: "El que obstaculice o impida el normal funcionamiento, total o parcial, de un sistema informático, a través de la introducción, transmisión, daño, deterioro, alteración o supresión de los datos informáticos, será castigado con la pena de presidio menor en sus grados medio a máximo."),
            Version(language: .en, text: "Everyone who hinders or prevents the normal functioning, in whole or in part, of a computer system by inputting, transmitting, damaging, deteriorating, altering or suppressing computer data is guilty of an offence and liable to imprisonment."),
            Version(language: .fr, text: "Quiconque entrave ou empêche le fonctionnement normal, total ou partiel, d'un système informatique par l'introduction, la transmission, l'endommagement, la détérioration, l'altération ou la suppression de données informatiques est puni d'un emprisonnement."),
            Version(language: .pt, text: "Quem obstaculizar ou impedir o funcionamento normal, total ou parcial, de sistema informático, mediante a inserção, transmissão, dano, deterioração, alteração ou supressão de dados informáticos, será punido com pena de reclusão."),
        ]),
        ("definitions", [
            Version(language: .es, text: "Para efectos de esta ley, se entenderá por:\na) Datos informáticos: Toda representación de hechos, información o conceptos expresados en cualquier forma que se preste a tratamiento informático, incluidos los programas diseñados para que un sistema informático ejecute una función.\nb) Sistema informático: Todo dispositivo aislado o conjunto de dispositivos interconectados o relacionados entre sí, cuya función, o la de alguno de sus elementos, sea el tratamiento automatizado de datos en ejecución de un programa."),
            Version(language: .en, text: "The following definitions apply in this Act.\ncomputer data means any representation of facts, information or concepts in a form suitable for processing in a computer system, including a program suitable to cause a computer system to perform a function;\ncomputer system means any device or a group of interconnected or related devices, one or more of which, pursuant to a program, performs automatic processing of data."),
            Version(language: .fr, text: "Aux fins de la présente loi, on entend par:\na) données informatiques: toute représentation de faits, d'informations ou de concepts sous une forme qui se prête à un traitement informatique, y compris un programme;\nb) système informatique: tout dispositif isolé ou ensemble de dispositifs interconnectés ou apparentés, qui assure un traitement automatisé de données en exécution d'un programme."),
            Version(language: .pt, text: "Para os efeitos desta Lei, considera-se:\nI - dados informáticos: qualquer representação de fatos, informações ou conceitos sob forma suscetível de processamento num sistema informático, incluindo programas;\nII - sistema informático: qualquer dispositivo isolado ou grupo de dispositivos interligados ou relacionados entre si, que assegure o processamento automático de dados em execução de um programa."),
        ]),
    ]

    @Test(arguments: cases.map(\.name))
    func translationsAlignWithTheSameArticles(_ name: String) throws {
        let mapper = try SharedData.mapper.get()
        let versions = try #require(Self.cases.first { $0.name == name }).versions
        func articles(_ version: Version) -> [String] {
            let provision = Provision(
                eId: "art_1", level: "article", num: "1", heading: nil, text: version.text, ancestors: [], host: nil)
            return mapper.align(provision, language: version.language).map(\.article)
        }
        let original = articles(versions[0])
        #expect(!original.isEmpty)
        for version in versions.dropFirst() {
            let translated = articles(version)
            #expect(translated == original, "\(name) in \(version.language.rawValue): \(translated)")
        }
    }
}
