import AkomaNtoso
import Testing

@testable import Alignment

/// Provisions worded the way other legal traditions word them (Commonwealth computer-misuse acts, the French
/// penal code's "le fait de", Caribbean Spanish "el hecho de ... se sancionará"): the mapper must not depend on
/// the development set's drafting.
@Suite struct DraftingStyleTests {
    static let cases: [(language: Language, text: String, article: String)] = [
        (.en, "A person who knowingly and without authority causes a computer to perform any function for the purpose of securing access to any program or data held in any computer commits an offence and is liable on summary conviction to a fine of fifty thousand dollars or to imprisonment for a term of three years.", "2"),
        (.en, "A person who, knowingly and without lawful excuse, intercepts or causes to be intercepted, by technical means, any non-public transmission of computer data to, from or within a computer system commits an offence and is liable on conviction on indictment to imprisonment for five years.", "3"),
        (.en, "In this Act, \"computer system\" means any device or group of interconnected or related devices, one or more of which, pursuant to a program, performs automatic processing of data; \"traffic data\" means computer data relating to a communication by means of a computer system which indicates its origin, destination, route, time, date, size, duration or type of underlying service.", "1"),
        (.fr, "Le fait d'accéder ou de se maintenir, frauduleusement, dans tout ou partie d'un système de traitement automatisé de données est puni de trois ans d'emprisonnement et de 100 000 euros d'amende.", "2"),
        (.fr, "Le fait d'entraver ou de fausser le fonctionnement d'un système de traitement automatisé de données est puni de cinq ans d'emprisonnement et de 150 000 euros d'amende.", "5"),
        (.fr, "Le fait d'introduire frauduleusement des données dans un système de traitement automatisé ou de supprimer ou de modifier frauduleusement les données qu'il contient est puni de cinq ans d'emprisonnement et de 150 000 euros d'amende.", "4"),
        (.es, "El hecho de acceder a un sistema electrónico, informático, telemático o de telecomunicaciones, o a sus componentes, utilizando o no una identidad ajena, o excediendo una autorización, se sancionará con las penas de tres meses a un año de prisión y multa.", "2"),
        (.es, "La persona que sin autorización destruya, altere, borre o suprima datos informáticos será sancionada con pena privativa de libertad de tres a cinco años.", "4"),
    ]

    @Test(arguments: cases.indices)
    func recognisesTheOffenceWhateverTheDrafting(_ index: Int) throws {
        let mapper = try SharedData.mapper.get()
        let sample = Self.cases[index]
        let provision = Provision(eId: "art_1", level: "article", num: "1", heading: nil, text: sample.text, ancestors: [], host: nil)
        let articles = mapper.align(provision, language: sample.language).map(\.article)
        #expect(articles.contains(sample.article), "\(sample.language.rawValue): \(articles)")
    }
}
