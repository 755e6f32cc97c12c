/// The shared lists every generated row draws from.
enum Vocabulary {
    /// Themes as partners write them, in several languages and scripts.
    static let themes = [
        "migration", "migración", "migração", "anti-fascism", "antifascismo", "antifascisme", "Antifaschismus",
        "social justice", "justicia social", "justice sociale", "housing", "vivienda", "logement", "Wohnen",
        "feminism", "feminismo", "climate justice", "justicia climática", "labour rights", "derechos laborales",
        "refugees", "refugiados", "réfugiés", "Geflüchtete", "sanctuary", "santuario", "human rights",
        "derechos humanos", "droits humains", "Menschenrechte", "αλληλεγγύη", "солідарність", "التضامن", "連帯",
        "dayanışma", "indigenous rights", "peace", "health", "education", "democracy",
    ]

    static let campaignNames = [
        "Right to Stay", "Ciudades Santuario", "Welcome Cities", "Nadie es Ilegal", "Open Ports",
        "Stop Deportations", "Antifa Week", "Housing for All", "Papiers pour tous", "Bleiberecht für Alle",
    ]

    static let regions = [
        "Latin American", "European", "African", "Mediterranean", "Andean", "Nordic", "Caribbean", "Balkan",
        "Maghreb", "Pacific",
    ]

    static let networkKinds = [
        "Network of Sanctuary Cities", "Migrant Solidarity Network", "Antifascist Coordination",
        "Social Forum Council", "Housing Rights Alliance", "Feminist Assembly", "Labour Solidarity Platform",
        "Climate Justice Coalition", "Refugee Welcome Network", "Human Rights Observatory",
    ]

    static let descriptionOpenings = [
        "Founded by neighbours, migrants and volunteers", "A self-organised group", "Works with people on the move",
        "Grassroots collective", "A coalition of unions, churches and tenants' groups",
    ]

    static let descriptionActions = [
        "offers legal advice, language classes and a kitchen", "campaigns for a city that protects everyone",
        "organizes against the far right", "runs a shelter and a solidarity fund", "documents abuses at the border",
    ]

    static let slogans = ["Nadie es ilegal", "No one is illegal", "Refugees welcome", "Nadie deja la mano de nadie"]
}
