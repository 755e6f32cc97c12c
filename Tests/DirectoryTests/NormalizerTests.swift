import Directory
import Testing

@Suite struct NormalizerTests {
    @Test(arguments: [
        ("Ciudad de México", "CIUDAD DE MEXICO", "ciudad de mexico"),
        ("São Paulo", "Sao Paulo", "sao paulo"),
        ("Zürich", "ZURICH", "zurich"),
        ("Kraków", "krakow", "krakow"),
        ("Αθήνα", "ΑΘΗΝΑ", "αθηνα"),
        ("İstanbul", "istanbul", "istanbul"),
        ("東京", "東京", "東京"),
        ("Łódź", "Lodz", "lodz"),
        ("Straße", "STRASSE", "strasse"),
        ("Saint-Denis", "saint  denis!", "saint denis"),
        ("ＭＥＸＩＣＯ", "mexico", "mexico"),
    ])
    func spellingsMeet(_ first: String, _ second: String, _ expected: String) {
        #expect(Normalizer.normalize(first) == expected)
        #expect(Normalizer.normalize(second) == expected)
    }

    @Test func greekFinalSigmaFolds() {
        #expect(Normalizer.normalize("ΑΘΗΝΑΣ") == Normalizer.normalize("αθηνασ"))
    }

    @Test func punctuationOnlyIsEmpty() {
        #expect(Normalizer.normalize(" -- ; ") == "")
    }

    @Test func wordsSplit() {
        #expect(Normalizer.words("  Red Jurídica, Migrante ") == ["red", "juridica", "migrante"])
        #expect(Normalizer.words("Asamblea #12 -- 2026") == ["asamblea", "12", "2026"])
        #expect(Normalizer.words("Sauprémar — بينارة 3") == ["saupremar", "بينارة", "3"])
        #expect(Normalizer.words(" ;; ").isEmpty)
    }
}
