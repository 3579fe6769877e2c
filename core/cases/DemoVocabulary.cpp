// The demo generator's vocabulary. Everything here is invented: the people do not exist, the numbers are in ranges
// reserved for fiction, addresses name streets and postcodes that do not exist, and organisations are marked
// "(demo)" or "(fictif)". Note templates use varied words in both languages so full-text search behaves as it would
// on real notes.
#include "cases/DemoVocabulary.h"

#include "cases/CaseFilesPrivate.h"

#include <QDate>
#include <QRegularExpression>

#include <vector>

namespace abri::demo {

namespace {

using Words = std::vector<const char*>;

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QString pick(DemoRandom& rng, const Words& words)
{
    return u8(words[rng.below(words.size())]);
}

QString twoDigits(DemoRandom& rng)
{
    return QStringLiteral("%1").arg(rng.below(100), 2, 10, QLatin1Char('0'));
}

const Words FirstNames = {
    // French
    "Léa", "Camille", "Manon", "Chloé", "Inès", "Jade", "Zoé", "Amélie", "Océane", "Maëlle", "Coralie", "Élodie",
    "Sabrina", "Nadia", "Yasmine", "Sandrine", "Aurélie", "Noémie", "Margaux", "Anaïs", "Clémence", "Solène", "Karim",
    "Yanis", "Théo", "Lou", "Sacha", "Dominique",
    // English
    "Jessie", "Robin", "Skye", "Riley", "Amber", "Crystal", "Destiny", "Ruby", "Summer", "Holly", "Brooke", "Jasmine",
    "Kayla", "Tiffany", "Megan", "Casey", "Jordan", "Alex", "Sam", "Charlie", "Danny", "Toni",
    // Portuguese
    "Joana", "Luana", "Thaís", "Bianca", "Rafaela", "Graça", "Conceição", "Débora", "Fernanda", "Larissa", "Thiago",
    "João", "Raíssa", "Vitória", "Gabriela", "Letícia",
    // Spanish
    "Lucía", "Paloma", "Ximena", "Marisol", "Dulce", "Valentina", "Rocío", "Yesenia", "Guadalupe", "Mateo", "Diego",
    "Catalina", "Esperanza", "Milagros", "Nayeli", "Soledad",
    // Others met in the same cities
    "Ioana", "Andreea", "Mihaela", "Bianca", "Mei", "Ling", "Amina", "Fatou", "Aïcha", "Blessing", "Precious", "Joy",
    "Kim", "Andy", "Noor"};

const Words Nicknames = {"Bébé",    "Princesa", "Lolo",    "Titi",   "Mimi",   "Kiki",     "Nana",
                         "Sunny",   "Cherry",   "Roxy",    "Babe",   "Cookie", "Chiquita", "Morena",
                         "Loba",    "Reine",    "Caramel", "Poupée", "Flaca",  "Nené",     "Baby",
                         "Diamond", "Angel",    "Star",    "Gigi",   "Pépite", "Tigresse", "Candy"};

const Words NickPrefixes = {"la Petite", "Little", "la Grande", "Big", "Tía", "Mama", "Doña", "Miss"};

const Words Surnames = {"Martin", "Bernard",   "Moreau",   "Lefèvre", "Girard", "Silva",     "Santos",  "Pereira",
                        "Costa",  "Fernandes", "Oliveira", "García",  "López",  "Hernández", "Ramírez", "Torres",
                        "Smith",  "Jones",     "Taylor",   "Brown",   "Wilson", "Popescu",   "Ionescu", "Dumitru",
                        "Diallo", "Traoré",    "Koné",     "Nguyen",  "Chen",   "Okafor",    "Mensah",  "Benali"};

struct Lexicon
{
    Words pronouns, languages, tags, closedReasons;
    Words places, needs, states, services, days, incidents, items, topics, moments, interpreterLanguages;
    Words contactNotes, visitNotes, incidentNotes, followUpNotes;
    Words healthNotes, legalNotes, locationNotes, riskNotes;
    Words instructions, safeHours, relations;
    Words healthSummaries, legalSummaries, riskDetails, locations;
    Words purposes, partners, sectors, followUps;
};

const Lexicon& french()
{
    static const Lexicon l = {
        {"elle", "elle", "elle", "il", "iel", "elle/iel", ""},
        {"français", "portugais", "espagnol", "roumain", "anglais", "chinois", "arabe", "bulgare", "twi"},
        {"rue", "en ligne", "salon", "trans", "sans papiers", "maraude", "logement", "interprète", "PrEP", "violences",
         "permanence", "hôtel"},
        {"A déménagé dans une autre ville.", "A demandé la clôture du dossier.", "Plus de contact depuis un an.",
         "Suivie par une autre association."},
        {"près de la gare", "au bois", "sur le boulevard", "au salon", "à la permanence", "au local",
         "dans le camion de la maraude", "à l'hôtel social", "en ligne", "au centre de santé", "devant la pharmacie",
         "dans le parc", "à la laverie", "au squat"},
        {"un hébergement d'urgence", "un rendez-vous chez le médecin", "son dossier de titre de séjour",
         "des préservatifs et du gel", "une aide alimentaire", "un avocat", "une domiciliation", "une carte SIM",
         "un dépistage VIH", "la PrEP", "l'ouverture de l'AME", "un interprète", "une aide pour le loyer",
         "une formation en français", "un compte bancaire"},
        {"elle allait bien", "fatiguée mais souriante", "inquiète pour son loyer", "très stressée",
         "en colère contre un client", "plutôt en forme", "a peu dormi", "contente de nous voir", "un peu méfiante",
         "soulagée après l'audience"},
        {"à la PASS de l'hôpital", "au CeGIDD", "chez l'avocate", "à la préfecture", "au CCAS", "à la CPAM",
         "au planning familial", "à la banque", "au tribunal", "chez le dentiste solidaire", "à la mission locale"},
        {"lundi", "mardi prochain", "jeudi matin", "la semaine prochaine", "demain", "vendredi après-midi",
         "dans quinze jours", "mercredi soir"},
        {"une agression verbale", "un vol de téléphone", "un client violent", "un contrôle de police",
         "du harcèlement en ligne", "des menaces d'un ex-compagnon", "un racket", "des insultes du voisinage",
         "une amende injustifiée"},
        {"préservatifs", "gel", "kits de réduction des risques", "autotests VIH", "tickets de métro",
         "chèques services", "produits d'hygiène", "cartes de la permanence"},
        {"le logement", "les droits sociaux", "la santé sexuelle", "la sécurité au travail", "les papiers",
         "la plainte", "les dettes", "la formation", "la domiciliation", "les enfants restés au pays"},
        {"ce matin", "en fin de journée", "tard le soir", "pendant la permanence", "à midi", "dans la nuit"},
        {"portugais", "espagnol", "roumain", "chinois", "bulgare", "anglais"},
        // contact
        {"Appel {moment} : demande {need}.", "SMS reçu {moment}, sujet : {topic}.",
         "Rencontrée {place} pendant la maraude, {state}.", "Discussion sur {topic}, {state}.",
         "Message sur la ligne d'écoute : cherche {need}.", "Rappelée {moment}, pas de réponse ; nouvel essai {day}.",
         "Interprète en {lang} nécessaire pour le prochain échange."},
        // visit
        {"Passage {place}. Distribution de {item}.", "Venue à la permanence avec une amie, {state}.",
         "Visite {place} avec l'équipe de maraude, remis des {item}.", "Accompagnement {service} {day}.",
         "Orientée pour {need}, rendez-vous {service}.", "Entretien d'une heure sur {topic}."},
        // incident
        {"Signale {incident} {place}. Conseils de sécurité donnés.",
         "{incident} {moment}, elle ne veut pas porter "
         "plainte pour l'instant.",
         "A subi {incident} ; numéro d'urgence rappelé et {item} remis.", "Témoin : {incident} {place}, très secouée."},
        // follow-up
        {"Rendez-vous {service} manqué, à relancer {day}.", "Dossier sur {topic} : pièces manquantes, apportées {day}.",
         "Relance faite {service}, réponse attendue {day}.", "Point sur {topic} : avance bien."},
        // health
        {"Dépistage VIH et IST réalisé {service}, résultats {day}.",
         "Renouvellement de la PrEP, pas d'effets "
         "secondaires.",
         "Douleurs dentaires, orientée chez le dentiste solidaire.", "Vaccination hépatite B : deuxième dose faite.",
         "Questions sur la contraception, rendez-vous au planning familial {day}."},
        // legal
        {"Audience au tribunal {day}, l'avocate est prévenue.", "Recours contre l'OQTF déposé.",
         "Plainte déposée pour {incident}.", "Récépissé de titre de séjour obtenu à la préfecture.",
         "Convocation au commissariat {day}, accompagnement prévu."},
        // location
        {"Travaille maintenant {place}, surtout la nuit.", "Se trouve plutôt {place} le week-end.",
         "A changé de secteur : désormais {place}."},
        // risk
        {"L'ex-compagnon la cherche : ne pas confirmer sa présence.",
         "Client violent repéré {place}, description partagée avec l'équipe.",
         "Menaces reçues par SMS {moment} ; plan de sécurité revu."},
        {"SMS uniquement", "Ne jamais laisser de message vocal", "Appeler en numéro masqué",
         "Dire qu'on appelle de la pharmacie", "WhatsApp seulement", "Raccrocher si un homme répond"},
        {"après 18 h", "en semaine de 10 h à 16 h", "le matin seulement", "jamais le week-end", "", ""},
        {"Sœur", "Amie", "Cousine", "Colocataire", "Frère"},
        {"PrEP depuis deux ans, suivi au CeGIDD.", "Asthme, a un inhalateur.", "Suivi VIH, traitement stable.",
         "Enceinte, suivi à la PMI.", "Diabète de type 2."},
        {"Titre de séjour à renouveler.", "OQTF en cours de recours.", "Plainte pour vol de papiers en cours.",
         "Dettes de loyer, dossier de surendettement.", "Aucune démarche en cours."},
        {"Ex-compagnon violent, voiture grise, la cherche dans le quartier.",
         "Un client l'a menacée ; ne pas donner son emploi du temps.",
         "Famille hostile, ne jamais confirmer qu'elle vient ici."},
        {"Boulevard, secteur nord, la nuit", "Salon, quartier de la gare", "En ligne seulement",
         "Hôtel social, chambre partagée", "Bois, côté lac, l'après-midi"},
        {"Orientation vers un hébergement", "Suivi médical partagé", "Accompagnement au tribunal",
         "Statistiques annuelles anonymes", "Photos des blessures pour la plainte", "Signalement à la police"},
        {"Refuge Demo (fictif)", "Clinique Exemple (fictif)", "Cabinet d'avocats Demo (fictif)"},
        {"health", "shelter", "legal"}, // sector ids, as core stores a sector consent
        {"Rappeler pour le rendez-vous", "Relancer la préfecture", "Vérifier la place en hébergement",
         "Apporter des préservatifs", "Envoyer le courrier à l'avocate", "Préparer l'audience",
         "Prendre des nouvelles"},
    };
    return l;
}

const Lexicon& english()
{
    static const Lexicon l = {
        {"she/her", "she/her", "she/her", "he/him", "they/them", "she/they", ""},
        {"English", "Portuguese", "Spanish", "Romanian", "French", "Mandarin", "Arabic", "Polish", "Twi"},
        {"street", "online", "indoor", "trans", "undocumented", "outreach", "housing", "interpreter", "PrEP",
         "violence", "drop-in", "hostel"},
        {"Moved to another city.", "Asked to close the file.", "No contact for a year.",
         "Supported by another project now."},
        {"near the station", "in the park", "on the high street", "at the flat", "at the drop-in",
         "in the outreach van", "at the hostel", "online", "at the clinic", "outside the chemist", "by the canal",
         "at the launderette", "at the squat"},
        {"emergency housing", "a GP appointment", "help with her visa papers", "condoms and lube", "food vouchers",
         "a solicitor", "a postal address", "a new SIM card", "an HIV test", "PrEP", "benefits advice",
         "an interpreter", "help with rent arrears", "English classes", "a bank account"},
        {"she seemed well", "tired but smiling", "worried about rent", "very stressed", "angry about a punter",
         "in good spirits", "had barely slept", "glad to see us", "a bit wary", "relieved after the hearing"},
        {"at the walk-in centre", "at the sexual health clinic", "with the solicitor", "at the Home Office",
         "at the council", "at the job centre", "at the GP surgery", "at the bank", "at court", "at the dentist",
         "at the food bank"},
        {"on Monday", "next Tuesday", "Thursday morning", "next week", "tomorrow", "Friday afternoon", "in two weeks",
         "Wednesday evening"},
        {"verbal abuse", "a stolen phone", "a violent punter", "a police stop", "online harassment",
         "threats from an ex-partner", "robbery", "abuse from neighbours", "an unfair fine"},
        {"condoms", "lube", "harm reduction kits", "HIV self-tests", "bus passes", "food vouchers", "toiletries",
         "drop-in cards"},
        {"housing", "benefits", "sexual health", "safety at work", "immigration status", "the police report", "debts",
         "training", "a postal address", "her children back home"},
        {"this morning", "late afternoon", "late at night", "during the drop-in", "at lunchtime", "overnight"},
        {"Portuguese", "Spanish", "Romanian", "Mandarin", "Bulgarian", "French"},
        // contact
        {"Called {moment}: asking for {need}.", "Text received {moment}, wants to talk about {topic}.",
         "Met {place} on the outreach round, {state}.", "Talked about {topic}, {state}.",
         "Helpline message: looking for {need}.", "Called back {moment}, no answer; will try again {day}.",
         "Needs a {lang} interpreter for the next conversation."},
        // visit
        {"Came by {place}. Gave out {item}.", "Came to the drop-in with a friend, {state}.",
         "Visited {place} with the outreach team, handed over {item}.",
         "Went with her to the appointment {service} {day}.", "Referred {service} for {need}.",
         "One-hour meeting about {topic}."},
        // incident
        {"Reports {incident} {place}. Safety advice given.",
         "{incident} {moment}; she does not want to report it for now.",
         "Told us about {incident} last week; reminded her of the emergency number and gave {item}.",
         "Witnessed {incident} {place}, quite shaken."},
        // follow-up
        {"Missed the appointment {service}, chase {day}.",
         "File about {topic}: documents missing, bringing them {day}.",
         "Chased the case {service}, answer expected {day}.", "Review of {topic}: going well."},
        // health
        {"HIV and STI screen done {service}, results {day}.", "PrEP refill, no side effects reported.",
         "Toothache, referred to the community dentist.", "Hepatitis B vaccine: second dose given.",
         "Asked about contraception; booked at the clinic {day}."},
        // legal
        {"Court hearing {day}; solicitor informed.", "Immigration appeal lodged.", "Police report made for {incident}.",
         "Biometric residence permit collected.", "Asked to attend the police station {day}; support arranged."},
        // location
        {"Now working {place}, mostly at night.", "Usually found {place} at weekends.", "Moved area: now {place}."},
        // risk
        {"Ex-partner is looking for her: do not confirm she is here.",
         "Violent punter seen {place}; description shared with the team.",
         "Threatening texts {moment}; safety plan reviewed."},
        {"Text only", "Never leave voicemail", "Withhold your number", "Say you are calling from the pharmacy",
         "WhatsApp only", "Hang up if a man answers"},
        {"weekdays after 6 pm", "mornings only", "10 am to 4 pm on weekdays", "never at weekends", "", ""},
        {"Sister", "Friend", "Cousin", "Flatmate", "Brother"},
        {"On PrEP for two years, seen at the clinic.", "Asthma, has an inhaler.", "HIV, stable on treatment.",
         "Pregnant, antenatal care booked.", "Type 2 diabetes."},
        {"Visa renewal due.", "Immigration appeal pending.", "Report for stolen documents open.",
         "Rent arrears, debt advice started.", "Nothing ongoing."},
        {"Violent ex-partner, grey car, looking for her in the area.",
         "A punter threatened her; never share her schedule.", "Hostile family, never confirm she comes here."},
        {"High street, north end, at night", "Flat near the station", "Online only", "Hostel, shared room",
         "Canal path, afternoons"},
        {"Referral for housing", "Shared health follow-up", "Court support", "Anonymised annual statistics",
         "Photos of injuries for the report", "Report to the police"},
        {"Demo Shelter (fictional)", "Example Clinic (fictional)", "Demo Legal Centre (fictional)"},
        {"health", "shelter", "legal"}, // sector ids, as core stores a sector consent
        {"Call back about the appointment", "Chase the Home Office", "Check the hostel place", "Bring condoms",
         "Send the letter to the solicitor", "Prepare for the hearing", "Check in"},
    };
    return l;
}

const Lexicon& lexicon(Lang lang)
{
    return lang == Lang::French ? french() : english();
}

// Replaces each {slot} with a word from the matching list.
QString fill(DemoRandom& rng, const Lexicon& l, const char* pattern, const QString& alias)
{
    const QString text = u8(pattern);
    QString out;
    out.reserve(text.size() + 40);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            out.append(QStringView(text).mid(i));
            break;
        }
        const qsizetype close = text.indexOf(u'}', open);
        out.append(QStringView(text).mid(i, open - i));
        const QStringView slot = QStringView(text).mid(open + 1, close - open - 1);
        const Words* words = nullptr;
        if (slot == u"place") {
            words = &l.places;
        } else if (slot == u"need") {
            words = &l.needs;
        } else if (slot == u"state") {
            words = &l.states;
        } else if (slot == u"service") {
            words = &l.services;
        } else if (slot == u"day") {
            words = &l.days;
        } else if (slot == u"incident") {
            words = &l.incidents;
        } else if (slot == u"item") {
            words = &l.items;
        } else if (slot == u"topic") {
            words = &l.topics;
        } else if (slot == u"moment") {
            words = &l.moments;
        } else if (slot == u"lang") {
            words = &l.interpreterLanguages;
        }
        if (words != nullptr) {
            out.append(pick(rng, *words));
        } else {
            out.append(alias);
        }
        i = close + 1;
    }
    // A template may start with a slot ("{incident} ..."): sentences start with a capital.
    if (!out.isEmpty()) {
        out[0] = out[0].toUpper();
    }
    return out;
}

} // namespace

quint64 splitmix64(quint64& state)
{
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 state = seed;
    for (quint64& word : m_s) {
        word = splitmix64(state);
    }
}

quint64 DemoRandom::next()
{
    const auto rotl = [](quint64 x, int k) { return (x << k) | (x >> (64 - k)); };
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

QString alias(DemoRandom& rng)
{
    const quint64 shape = rng.below(100);
    if (shape < 45) {
        return pick(rng, FirstNames);
    }
    if (shape < 70) {
        // "Jade M.": how a first name is told apart from another
        return pick(rng, FirstNames) + u' ' + QChar(u'A' + static_cast<char16_t>(rng.below(26))) + u'.';
    }
    if (shape < 85) {
        return pick(rng, Nicknames);
    }
    if (shape < 93) {
        return pick(rng, NickPrefixes) + u' ' + pick(rng, FirstNames);
    }
    return pick(rng, FirstNames) + u' ' + pick(rng, Nicknames);
}

QString pronouns(DemoRandom& rng, Lang lang)
{
    return pick(rng, lexicon(lang).pronouns);
}

QStringList languages(DemoRandom& rng, Lang lang)
{
    const Words& words = lexicon(lang).languages;
    QStringList out{u8(words[0])};
    const int extra = rng.between(0, 2);
    for (int i = 0; i < extra; ++i) {
        const QString other = pick(rng, words);
        if (!out.contains(other)) {
            out << other;
        }
    }
    return out;
}

QStringList tags(DemoRandom& rng, Lang lang)
{
    QStringList out;
    const int count = rng.between(0, 3);
    for (int i = 0; i < count; ++i) {
        const QString tag = pick(rng, lexicon(lang).tags);
        if (!out.contains(tag)) {
            out << tag;
        }
    }
    return out;
}

QString closedReason(DemoRandom& rng, Lang lang)
{
    return pick(rng, lexicon(lang).closedReasons);
}

QString legalName(DemoRandom& rng, const QString& alias)
{
    // Half keep the first word of the alias as a first name, as many do.
    const QString first = rng.percent(50) ? alias.section(u' ', 0, 0) : pick(rng, FirstNames);
    return first + u' ' + pick(rng, Surnames);
}

QString idNumbers(DemoRandom& rng, Lang lang)
{
    const QString digits = QStringLiteral("%1").arg(rng.below(100000000), 8, 10, QLatin1Char('0'));
    return lang == Lang::French ? QStringLiteral("Passeport fictif DEMO-") + digits
                                : QStringLiteral("Fictional passport DEMO-") + digits;
}

QString birth(DemoRandom& rng)
{
    const int year = rng.between(1962, 2006);
    if (rng.percent(60)) {
        return QString::number(year);
    }
    return QDate(year, rng.between(1, 12), rng.between(1, 28)).toString(Qt::ISODate);
}

QString phoneNumber(DemoRandom& rng, Lang lang)
{
    if (lang == Lang::English) {
        return QStringLiteral("07700 900%1").arg(rng.below(1000), 3, 10, QLatin1Char('0'));
    }
    const QString prefix = rng.percent(80) ? QStringLiteral("06 39 98 ") : QStringLiteral("01 99 00 ");
    return prefix + twoDigits(rng) + u' ' + twoDigits(rng);
}

std::vector<ContactMethod> contacts(DemoRandom& rng, Lang lang, const QString& alias)
{
    const Lexicon& l = lexicon(lang);
    std::vector<ContactMethod> out;
    if (rng.percent(85)) {
        ContactMethod phone{ContactKind::Phone, phoneNumber(rng, lang), pick(rng, l.instructions),
                            pick(rng, l.safeHours)};
        out.push_back(phone);
        if (rng.percent(25)) {
            out.push_back({ContactKind::Messaging, QStringLiteral("Signal ") + phone.value, {}, {}});
        }
    }
    if (rng.percent(20)) {
        // example.org is reserved for documentation: no mail ever reaches anyone.
        QString local = cases::fold(alias);
        local.remove(QRegularExpression(QStringLiteral("[^a-z]")));
        if (local.isEmpty()) {
            local = QStringLiteral("demo");
        }
        out.push_back({ContactKind::Email,
                       local + QString::number(rng.below(1000)) + QStringLiteral("@example.org"),
                       pick(rng, l.instructions),
                       {}});
    }
    return out;
}

QString emergencyContact(DemoRandom& rng, Lang lang)
{
    return pick(rng, lexicon(lang).relations) + u' ' + pick(rng, FirstNames) + QStringLiteral(", ") +
           phoneNumber(rng, lang);
}

QString location(DemoRandom& rng, Lang lang)
{
    return pick(rng, lexicon(lang).locations);
}

QString healthSummary(DemoRandom& rng, Lang lang)
{
    return pick(rng, lexicon(lang).healthSummaries);
}

QString legalSummary(DemoRandom& rng, Lang lang)
{
    return pick(rng, lexicon(lang).legalSummaries);
}

QString shelterAddress(DemoRandom& rng, Lang lang)
{
    const int number = rng.between(1, 120);
    // Street names that exist nowhere, postcodes that are not allocated.
    return lang == Lang::French
               ? QStringLiteral("Hébergement Demo, %1 rue Imaginaire, 75099 Paris (fictif)").arg(number)
               : QStringLiteral("Demo House, %1 Fiction Road, London ZZ99 9ZZ (fictional)").arg(number);
}

QString riskDetails(DemoRandom& rng, Lang lang)
{
    return pick(rng, lexicon(lang).riskDetails);
}

QString consentPurpose(DemoRandom& rng, Lang lang, ConsentScope scope)
{
    const Words& purposes = lexicon(lang).purposes;
    switch (scope) {
    case ConsentScope::ContactPolice:
        return u8(purposes[5]);
    case ConsentScope::AnonymisedStatistics:
        return u8(purposes[3]);
    case ConsentScope::KeepPhotos:
        return u8(purposes[4]);
    case ConsentScope::ShareWithPartner:
    case ConsentScope::ShareWithSector:
        break;
    }
    return u8(purposes[rng.below(3)]);
}

QString consentRecipient(DemoRandom& rng, Lang lang, ConsentScope scope)
{
    if (scope == ConsentScope::ShareWithPartner) {
        return pick(rng, lexicon(lang).partners);
    }
    if (scope == ConsentScope::ShareWithSector) {
        return pick(rng, lexicon(lang).sectors);
    }
    return {};
}

QString followUpTitle(DemoRandom& rng, Lang lang)
{
    return pick(rng, lexicon(lang).followUps);
}

QString noteBody(DemoRandom& rng, Lang lang, NoteKind kind, std::optional<Category> category, const QString& alias)
{
    const Lexicon& l = lexicon(lang);
    const Words* templates = nullptr;
    if (category) {
        switch (*category) {
        case Category::Health:
            templates = &l.healthNotes;
            break;
        case Category::Legal:
            templates = &l.legalNotes;
            break;
        case Category::Location:
            templates = &l.locationNotes;
            break;
        case Category::Risk:
            templates = &l.riskNotes;
            break;
        case Category::Identity:
        case Category::Contact:
        case Category::ShelterAddress:
            break;
        }
    }
    if (templates == nullptr) {
        switch (kind) {
        case NoteKind::Contact:
            templates = &l.contactNotes;
            break;
        case NoteKind::Visit:
            templates = &l.visitNotes;
            break;
        case NoteKind::Incident:
            templates = &l.incidentNotes;
            break;
        case NoteKind::FollowUp:
            templates = &l.followUpNotes;
            break;
        }
    }
    const int sentences = rng.between(1, 3);
    QStringList parts;
    if (rng.percent(15)) {
        // French puts a space before the colon.
        parts << alias + (lang == Lang::French ? QStringLiteral(" :") : QStringLiteral(":"));
    }
    for (int i = 0; i < sentences; ++i) {
        // The first sentence says what the note is about; the others may come from the general contact pool.
        const Words& pool = i == 0 ? *templates : (rng.percent(50) ? *templates : l.contactNotes);
        parts << fill(rng, l, pool[rng.below(pool.size())], alias);
    }
    return parts.join(u' ');
}

namespace {

PartnerContact contact(const char* name, const char* role, const char* phone, const char* channels)
{
    return {u8(name), u8(role), u8(phone), u8(channels)};
}

PartnerDraft partnerDraft(const char* name, Sector sector, const char* services, const QStringList& languages,
                          const char* address, const char* hours, std::vector<PartnerContact> contacts)
{
    PartnerDraft d;
    d.name = u8(name);
    d.sector = sector;
    d.services = u8(services);
    d.languages = languages;
    d.address = u8(address);
    d.hours = u8(hours);
    d.contacts = std::move(contacts);
    return d;
}

AgreementDraft formalAgreement(const QDate& signedOn, const QDate& renewalOn, std::set<Category> categories)
{
    AgreementDraft a;
    a.kind = AgreementKind::Formal;
    a.signedOn = signedOn;
    a.renewalOn = renewalOn;
    a.categories = std::move(categories);
    a.conductSigned = true;
    a.conductSignedOn = signedOn;
    return a;
}

AgreementDraft informalAgreement(const char* agreedBy, const QDate& agreedOn, std::set<Category> categories)
{
    AgreementDraft a;
    a.kind = AgreementKind::Informal;
    a.agreedBy = u8(agreedBy);
    a.agreedOn = agreedOn;
    a.categories = std::move(categories);
    return a;
}

} // namespace

std::vector<DemoPartner> partners(const QDate& today)
{
    const QStringList fr{QStringLiteral("français"), QStringLiteral("anglais"), QStringLiteral("portugais")};
    const QStringList en{QStringLiteral("English"), QStringLiteral("Romanian"), QStringLiteral("Spanish")};
    std::vector<DemoPartner> out;
    // In force for most of a year: a clinic that may receive contact details and health information.
    out.push_back({Lang::French,
                   partnerDraft("Clinique Exemple (fictif)", Sector::Health,
                                "Dépistage, PrEP, consultations sans "
                                "rendez-vous",
                                fr, "12 rue Imaginaire, 75099 Paris (fictif)", "Lun-ven 9h-18h",
                                {contact("Infirmière d'accueil (fictive)", "accueil", "01 99 00 20 11",
                                         "Signal au même numéro")}),
                   formalAgreement(today.addDays(-200), today.addDays(165), {Category::Contact, Category::Health}),
                   QStringLiteral("Orientation santé")});
    out.push_back({Lang::English,
                   partnerDraft("Example Clinic (fictional)", Sector::Health, "Sexual health, PrEP, walk-in testing",
                                en, "3 Fiction Road, London ZZ99 9ZZ (fictional)", "Mon-Fri 10-19",
                                {contact("Intake nurse (fictional)", "intake nurse", "07700 900211",
                                         "Signal on the same number")}),
                   formalAgreement(today.addDays(-355), today.addDays(12), {Category::Contact, Category::Health}),
                   QStringLiteral("Health referral")});
    // Agreed by word of mouth: a lawyers' office that may receive contact details and legal information.
    out.push_back(
        {Lang::French,
         partnerDraft("Cabinet d'avocats Demo (fictif)", Sector::Legal,
                      "Droit des étrangers, plaintes, "
                      "audiences",
                      fr, "8 avenue Fictive, 75099 Paris (fictif)", "Sur rendez-vous",
                      {contact("Maître Exemple (fictive)", "avocate", "01 99 00 20 12", "")}),
         informalAgreement("Maître Exemple (fictive)", today.addDays(-90), {Category::Contact, Category::Legal}),
         QStringLiteral("Accompagnement juridique")});
    out.push_back({Lang::English,
                   partnerDraft("Demo Legal Centre (fictional)", Sector::Legal, "Immigration advice, court support", en,
                                "40 Nowhere Lane, London ZZ99 9ZZ (fictional)", "Tue and Thu 10-16",
                                {contact("Duty solicitor (fictional)", "solicitor", "07700 900212", "")}),
                   formalAgreement(today.addDays(-400), today.addDays(-20), {Category::Contact, Category::Legal}),
                   QStringLiteral("Legal support")});
    out.push_back({Lang::French,
                   partnerDraft("Refuge Demo (fictif)", Sector::Shelter, "Hébergement d'urgence, mise à l'abri", fr,
                                "Adresse confidentielle (fictif)", "24h/24",
                                {contact("Veilleuse de nuit (fictive)", "accueil", "01 99 00 20 13", "")}),
                   informalAgreement("Directrice Demo (fictive)", today.addDays(-150), {Category::Contact}),
                   QStringLiteral("Orientation vers un hébergement")});
    DemoPartner shelter{Lang::English,
                        partnerDraft("Demo Shelter (fictional)", Sector::Shelter, "Emergency beds, women only", en,
                                     "Confidential address (fictional)", "24/7",
                                     {contact("Night worker (fictional)", "front desk", "07700 900213", "")}),
                        formalAgreement(today.addDays(-100), today.addDays(265), {Category::Contact}),
                        QStringLiteral("Referral for housing")};
    shelter.agreement->status = AgreementStatus::Suspended; // while a breach of confidentiality is looked into
    shelter.agreement->notes = QStringLiteral("Suspended while a complaint is looked into (fictional).");
    out.push_back(std::move(shelter));
    out.push_back({Lang::French,
                   partnerDraft("Droits Demo (fictif)", Sector::CivilRights, "Défense des droits, médiation", fr,
                                "5 place Inventée, 75099 Paris (fictif)", "Mercredi 14h-18h",
                                {contact("Permanence (fictive)", "juriste", "01 99 00 20 14", "")}),
                   std::nullopt, QStringLiteral("Défense des droits")});
    out.push_back(
        {Lang::English,
         partnerDraft("Demo Social Services (fictional)", Sector::SocialServices,
                      "Benefits, ID documents, food vouchers", en, "1 Example Square, London ZZ99 9ZZ (fictional)",
                      "Mon-Fri 9-17", {contact("Support worker (fictional)", "caseworker", "07700 900214", "")}),
         informalAgreement("Team manager (fictional)", today.addDays(-60), {Category::Contact, Category::Identity}),
         QStringLiteral("Benefits support")});
    return out;
}

QStringList searchWords()
{
    return {QStringLiteral("maraude"),     QStringLiteral("préservatifs"), QStringLiteral("hébergement"),
            QStringLiteral("rendez-vous"), QStringLiteral("avocate"),      QStringLiteral("dépistage"),
            QStringLiteral("préfecture"),  QStringLiteral("plainte"),      QStringLiteral("loyer"),
            QStringLiteral("PrEP"),        QStringLiteral("tribunal"),     QStringLiteral("permanence"),
            QStringLiteral("interprète"),  QStringLiteral("sécurité"),     QStringLiteral("harcèlement"),
            QStringLiteral("outreach"),    QStringLiteral("condoms"),      QStringLiteral("housing"),
            QStringLiteral("appointment"), QStringLiteral("solicitor"),    QStringLiteral("hearing"),
            QStringLiteral("hostel"),      QStringLiteral("harassment"),   QStringLiteral("police"),
            QStringLiteral("benefits"),    QStringLiteral("interpreter"),  QStringLiteral("drop-in"),
            QStringLiteral("threats"),     QStringLiteral("clinic"),       QStringLiteral("safety"),
            QStringLiteral("vouchers"),    QStringLiteral("dentist")};
}

} // namespace abri::demo
