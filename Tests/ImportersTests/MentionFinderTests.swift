import Directory
import Testing

@testable import Importers

@Suite struct MentionFinderTests {
    private func finder(_ names: [(String, Int64)], themes: [String] = []) -> MentionFinder {
        var finder = MentionFinder(common: CommonWords.all.union(themes.map(Normalizer.normalize)))
        for (name, id) in names { finder.add(Normalizer.normalize(name), id) }
        finder.finish()
        return finder
    }

    @Test func namesAreFoundAsWholeWordsWhateverTheirCaseAndAccents() {
        let finder = finder([("Liège", 1), ("Porto Alegre", 2), ("Mexico City", 3), ("Red Jurídica Migrante", 4)])
        #expect(
            finder.mentions(in: ["Delegates from LIEGE and from porto-alegre met the RED JURIDICA MIGRANTE."]) == [
                1, 2, 4,
            ])
        // Inside another word, or cut short, a name is not there.
        #expect(finder.mentions(in: ["Liègeois, Portoalegre, Mexico Citywide"]).isEmpty)
        #expect(finder.mentions(in: ["", "Mexico", "City"]).isEmpty)
        #expect(finder.mentions(in: ["a title", "text about mexico city"]) == [3])
    }

    @Test func aLongerNameAndTheShorterOneInsideItAreBothFound() {
        let finder = finder([("Porto Alegre", 1), ("Fórum Social Porto Alegre", 2)])
        #expect(finder.mentions(in: ["The Forum Social Porto Alegre opened."]) == [1, 2])
    }

    @Test func shortCommonSharedAndThemeNamesAreLeftOut() {
        let finder = finder(
            [
                ("Rio", 1), ("Solidarity", 2), ("Red", 3), ("Valencia", 4), ("Valencia", 5), ("2018", 6),
                ("Migration", 7), ("CETRI", 8),
            ],
            themes: ["migration"])
        #expect(finder.mentions(in: ["Rio solidarity red Valencia 2018 migration CETRI"]) == [8])
        #expect(finder.names == 1)
        #expect(finder.skipped == 6)
    }

    @Test func anEntityKnownByTwoNamesIsMentionedOnce() {
        let finder = finder([("Liège", 1), ("Luik", 1), ("Lüttich", 1)])
        #expect(finder.mentions(in: ["Liège, Luik, Lüttich"]) == [1])
    }
}
