/// Words that name organizations and campaigns only as part of a longer name: alone, in an article, they
/// mean what they say. A name that is one of them (normalised, in English, Spanish, French, Portuguese or
/// German) is not looked for in articles.
enum CommonWords {
    static let all: Set<String> = Set(
        """
        action actions advice agenda aid alliance assembly association asylum border borders camp campaign care \
        center centre change children church citizens city cities climate coalition collective committee \
        community communities conference council culture democracy education event family festival food forum \
        foundation freedom free future group health help home hope house housing human humanity info \
        information justice kitchen labor labour legal liberty library life march media meeting migrant migrants \
        migration movement network networks news office open peace people press project radio refuge refugee \
        refugees rights safe sanctuary school shelter social solidarity support today together union unity voice \
        voices welcome women work workers world youth \
        abierta accion acogida alianza apoyo asamblea asilo ayuda bienvenida campana casa centro ciudad cocina \
        coalicion colectivo comida comunidad derechos educacion esperanza foro frontera hogar juntos justicia \
        juventud libertad libre migracion migrantes movimiento mujeres mundo noticias pueblo red refugiados \
        refugio salud santuario solidaridad trabajo vivienda \
        accueil aide asile assemblee campagne collectif communaute cuisine droits ensemble espoir femmes \
        frontiere jeunesse liberte logement maison monde mouvement paix peuple refugies reseau sante solidarite \
        soutien travail ville \
        acao acolhida alianca apoio assembleia campanha cidade coletivo comunidade cozinha direitos esperanca \
        fronteira juventude liberdade livre moradia mulheres povo rede saude solidariedade \
        aktion asyl frauen freiheit frieden fluchtlinge gemeinschaft gerechtigkeit grenze haus hilfe hoffnung \
        jugend kuche migranten netzwerk rechte solidaritat stadt unterstutzung welt willkommen zusammen
        """.split(separator: " ").map(String.init))
}
