import Directory
import Testing

@Suite struct CountriesTests {
    @Test(arguments: [
        ("MX", "MX"), ("mx", "MX"), ("Mexico", "MX"), ("México", "MX"), ("Mexique", "MX"), ("Mexiko", "MX"),
        ("Belgique", "BE"), ("Belgien", "BE"), ("Bélgica", "BE"), ("Brasil", "BR"), ("Allemagne", "DE"),
        ("Deutschland", "DE"), ("USA", "US"), ("UK", "GB"), ("Türkiye", "TR"), ("Czech Republic", "CZ"),
    ])
    func namesInFiveLanguages(_ text: String, _ code: String) {
        #expect(Countries.code(for: text) == code)
    }

    @Test func unknownNamesAreNil() {
        #expect(Countries.code(for: "Atlantis") == nil)
        #expect(Countries.code(for: "ZZ") == nil)
    }
}
