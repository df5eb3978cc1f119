# Reviewed by a French-reading sub-editor (helper), 2026-12-05.
# L’interface de Claimscope en français, traduite de locales/en.ftl (docs/translating.md).
# L’identifiant d’un message ne change jamais ; son texte, si. Les variables ({ $name }) et les
# choix qui portent sur elles (catégories de pluriel CLDR du français : one pour 0 et 1, many pour
# les millions, other) doivent rester ; le texte est du texte brut, jamais du HTML.
#
# Glossaire (termes retenus) :
#   claim           affirmation (f.)
#   claimant        auteur de l’affirmation ; en titre de colonne ou de filtre : « Qui affirme »
#   actor           acteur
#   source          source (f.)
#   reference list  liste des références
#   finding         constat
#   integrity       vigilance (onglet « Vigilance » : les points de vigilance sur le sourçage)
#   timeline        chronologie
#   network         réseau
#   filter          filtre
#   embed           intégrer (« Partager / Intégrer »)
#   export          télécharger (les exports : tableau CSV, données liées JSON-LD, fichier JSON)
#   the author      l’auteur (de l’article)
#   matching claims les affirmations correspondantes (aux filtres)
# Typographie : espace insécable avant « : ; ? ! » et à l’intérieur des guillemets « ».

# The language's name in itself (English: English).
language-name = Français

## Dates : jour, mois (1 à 12) et année sont des nombres ; « 1er » pour le premier du mois.

date-day = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
date-month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
date-year = { $year }

## Le champ de recherche et le nombre d’affirmations correspondantes

search-label = Rechercher dans les affirmations
search-placeholder = Affirmations, personnes, sources…
result-count-all = { $total ->
    [one] { $total } affirmation
    [many] { $total } d’affirmations
   *[other] { $total } affirmations
}
result-count-filtered = { $matching ->
    [one] { $matching } affirmation
    [many] { $matching } d’affirmations
   *[other] { $matching } affirmations
} sur { $total }
clear-all-filters = Effacer tous les filtres

## Les constats de vigilance ($source, $actor, $first, $second et $name sont des noms tirés de l’article)

finding-unlisted-title = { $source }, source citée mais absente des références
finding-unlisted-detail = Le texte s’appuie sur { $source } pour { $count ->
    [one] { $count } affirmation
    [many] { $count } d’affirmations
   *[other] { $count } affirmations
}, mais cette source ne figure pas dans la liste des références : le lecteur ne peut pas la retrouver.
finding-uncited-title = { $source }, source référencée mais jamais citée
finding-uncited-detail = Cette source figure dans la liste des références, mais aucune affirmation du texte ne s’appuie sur elle.
finding-contradiction-title = { $first } et { $second } se contredisent
# La voix de l’article lui-même, telle qu’un constat la nomme.
finding-author = l’auteur ({ $name })
# Les titres de deux affirmations, quand l’article ne commente pas leur contradiction.
finding-contradiction-detail = D’un côté, « { $first } » ; de l’autre, « { $second } ».
finding-unsourced-title = { $count ->
    [one] { $count } affirmation sans source
    [many] { $count } d’affirmations sans source
   *[other] { $count } affirmations sans source
}
finding-unsourced-detail = Le texte n’attribue ces affirmations à aucune source : elles ne reposent que sur la parole de ceux qui les avancent.
finding-names-title = Plusieurs noms complets pour { $actor }
# Un des noms, avec les paragraphes où il figure ($paragraphs : « 2, 5 »).
finding-names-name = « { $name } » ({ $count ->
    [one] paragraphe
    [many] paragraphes
   *[other] paragraphes
} { $paragraphs })
# Relie les noms : « A et B », puis « A et B et C » (le code les assemble deux à deux).
finding-names-detail = Le texte désigne le même acteur sous les noms { $names }. Le lecteur risque d’y voir des acteurs différents.

## Les types d’acteur, d’affirmation et de relation

actor-kind-person = Personne
actor-kind-people = Groupe de personnes
actor-kind-organisation = Organisation
actor-kind-armed-group = Groupe armé
actor-kind-state = État
actor-kind-government = Gouvernement
actor-kind-military = Armée
actor-kind-intelligence-agency = Service de renseignement
actor-kind-media = Média
actor-kind-author = Auteur de l’article
claim-kind-report = Fait rapporté
claim-kind-assessment = Analyse
claim-kind-statement = Déclaration
claim-kind-denial = Démenti
relation-kind-contradicts = Contredit
relation-kind-supports = Corrobore

## Les onglets des vues

view-article = Article
view-claims = Affirmations
view-actors = Acteurs
view-sources = Sources
view-timeline = Chronologie
view-network = Réseau
view-integrity = Vigilance
views = Vues
findings-badge = { $count ->
    [one] { $count } constat
    [many] { $count } de constats
   *[other] { $count } constats
}
filters-toggle = { $count ->
    [0] Filtres
   *[other] Filtres ({ $count })
}
filters = Filtres

## L’en-tête ($role est le rôle du crédit en minuscules, $label tel que le fichier l’écrit)

credit-lead = { $role ->
    [author] Par
    [writer] Par
    [editor] Édition :
    [supervisor] Supervision :
    [translator] Traduction :
   *[other] { $label } :
}
open-full-explorer = Ouvrir la version complète
new-tab = (nouvel onglet)

## Les filtres

filter-claims = Filtrer les affirmations
facet-by = Qui affirme
facet-about = Sur qui
facet-source = Source
facet-kind = Type d’affirmation
facet-hint = Une affirmation est retenue si elle correspond, dans chaque groupe utilisé, à l’une des valeurs cochées.
facet-no-source = Sans source
facet-author = { $name } (l’auteur)
facet-count = { $count ->
    [one] { $count } affirmation
    [many] { $count } d’affirmations
   *[other] { $count } affirmations
}
facet-clear = Effacer le filtre « { $facet } »
facet-clear-button = Effacer
facet-show-fewer = Afficher moins
facet-show-all = Tout afficher ({ $count })

## Les fiches

actor-claims-none = { $side ->
    [made] Aucune affirmation de sa part
   *[about] Aucune affirmation à son sujet
}
actor-claims = { $side ->
    [made] { $count ->
        [one] { $count } affirmation de sa part
        [many] { $count } d’affirmations de sa part
       *[other] { $count } affirmations de sa part
    }
   *[about] { $count ->
        [one] { $count } affirmation à son sujet
        [many] { $count } d’affirmations à son sujet
       *[other] { $count } affirmations à son sujet
    }
}
actor-mentions = { $count ->
    [0] Aucune mention dans le texte
    [one] { $count } mention dans le texte
    [many] { $count } de mentions dans le texte
   *[other] { $count } mentions dans le texte
}
actor-in-byline = Signataire de l’article
actor-aliases = Autres noms :
claim-contradicted-by = Contredite par
claim-supported-by = Corroborée par
claim-in-context = Voir dans l’article (paragraphe { $paragraph })
claim-author = l’auteur
claim-about = Concerne
claim-sources = Sources
claim-unsourced = Sans source
claim-note = Note de l’annotateur :
claim-original = Lire dans l’article original
# L’infobulle d’une affirmation dans l’article : qui, quel type, sur la foi de quelle source.
claim-tip = { $claimant } · { $kind } · { $sources }
claim-tip-contradicted = { $claimant } · { $kind } · { $sources } · contredite
claim-tip-no-source = sans source

## La vue Article

article-title = L’article et ses affirmations surlignées
legend-highlighted = Les passages surlignés
legend-highlighted-text = sont des affirmations : sélectionnez-en une pour voir qui l’avance et sur la foi de quelle source.
legend-dashed = Les affirmations soulignées de tirets
legend-dashed-text = ne citent aucune source ;
legend-contested-text = signale une affirmation contredite par une autre ;
legend-dotted = les noms soulignés en pointillés
legend-dotted-text = désignent des acteurs.
note = À noter :
skip-to-view = Aller au contenu

## Sources et références

references = Références
references-unlisted = Citées dans le texte mais absentes de cette liste :
reference-cited = { $count ->
    [0] jamais citée dans le texte
    [one] citée par { $count } affirmation
    [many] citée par { $count } d’affirmations
   *[other] citée par { $count } affirmations
}
source-citing = { $count ->
    [0] Aucune affirmation ne la cite
    [one] { $count } affirmation la cite
    [many] { $count } d’affirmations la citent
   *[other] { $count } affirmations la citent
}
source-undated = Non datée
source-by = Par { $author }
source-listed = Dans la liste des références
source-unlisted = Absente de la liste des références
source-unlisted-text =  : le texte la cite, mais le lecteur ne peut pas la retrouver.

## La chronologie

no-claim-matches = Aucune affirmation ne correspond à ces filtres.
timeline-none = Cet article ne date aucun événement.
timeline-none-matching = Aucune des affirmations correspondantes ne rapporte un événement daté.
timeline-one = Un seul événement daté ({ $date }) : pas de chronologie à tracer.
timeline-span = { $count ->
    [one] { $count } événement
    [many] { $count } d’événements
   *[other] { $count } événements
}, du premier ({ $first }) au dernier ({ $last }). Les flèches du clavier permettent de passer de l’un à l’autre.
timeline-events = Événements par ordre chronologique

## La vue Vigilance

integrity-title = Ce qu’un lecteur attentif doit savoir
integrity-intro = Constats tirés des données de l’article : lacunes dans le sourçage, noms qui peuvent prêter à confusion, affirmations qui se contredisent.
integrity-concerning = { $count ->
    [0] Aucun constat ne concerne les affirmations correspondantes.
    [one] { $count } constat sur { $total } concerne les affirmations correspondantes.
    [many] { $count } de constats sur { $total } concernent les affirmations correspondantes.
   *[other] { $count } constats sur { $total } concernent les affirmations correspondantes.
}
integrity-claims-citing = Affirmations citant { $source }
integrity-claims-unsourced = Affirmations sans source
integrity-paragraph = paragraphe { $paragraph }
integrity-in-text = Dans le texte :

## Le réseau

network-no-matches = Aucune affirmation ne correspond à ces filtres : il n’y a aucun lien à tracer.
network-no-links = Aucune des affirmations correspondantes ne porte sur un acteur nommé : il n’y a aucun lien à tracer.
network-intro = { $claims ->
    [one] { $claims } affirmation émise par
    [many] { $claims } d’affirmations émises par
   *[other] { $claims } affirmations émises par
} { $claimants ->
    [one] { $claimants } acteur
    [many] { $claimants } d’acteurs
   *[other] { $claimants } acteurs
} et portant sur { $subjects ->
    [one] { $subjects } acteur
    [many] { $subjects } d’acteurs
   *[other] { $subjects } acteurs
} : qui dit quoi sur qui. Sélectionnez un nom pour n’afficher que ses liens.
# Un nom dans le schéma, pour les lecteurs d’écran : « Le maire, à l’origine de 3 affirmations ».
network-node = { $side ->
    [claimant] { $name }, à l’origine de { $count ->
        [one] { $count } affirmation
        [many] { $count } d’affirmations
       *[other] { $count } affirmations
    }
   *[subject] { $name }, sujet de { $count ->
        [one] { $count } affirmation
        [many] { $count } d’affirmations
       *[other] { $count } affirmations
    }
}
network-who-claims = Qui affirme
network-about-whom = Sur qui
network-who-claims-what = Qui affirme quoi sur qui
network-legend = Légende
network-contradicted = Contredites
network-wider = Trait plus épais : plus d’affirmations
network-table = Les liens sous forme de tableau
network-claims = Affirmations
network-kinds = Types
network-link = { $from } sur { $subject }
network-link-count = { $count ->
    [one] { $count } affirmation
    [many] { $count } d’affirmations
   *[other] { $count } affirmations
}
network-link-contradicted = { $count ->
    [one] { $count } contredite
    [many] { $count } contredites
   *[other] { $count } contredites
}
network-more = { $count ->
    [one] et { $count } autre
    [many] et { $count } autres
   *[other] et { $count } autres
}
network-claims-by = { $count ->
    [one] { $count } affirmation émise par { $name }, dans l’onglet Affirmations
    [many] { $count } d’affirmations émises par { $name }, dans l’onglet Affirmations
   *[other] { $count } affirmations émises par { $name }, dans l’onglet Affirmations
}
network-claims-about = { $count ->
    [one] { $count } affirmation concernant { $name }, dans l’onglet Affirmations
    [many] { $count } d’affirmations concernant { $name }, dans l’onglet Affirmations
   *[other] { $count } affirmations concernant { $name }, dans l’onglet Affirmations
}
network-every-link = Afficher tous les liens

## Les listes de fiches

claims-show-more = { $more ->
    [one] Afficher la dernière
    [many] { $fits ->
        [yes] Afficher les { $more } dernières
       *[no] Afficher les { $page } suivantes ({ $more } restantes)
    }
   *[other] { $fits ->
        [yes] Afficher les { $more } dernières
       *[no] Afficher les { $page } suivantes ({ $more } restantes)
    }
}

## Partager et télécharger

share = Partager / Intégrer
share-link = Lien vers cette vue
share-embed = Intégrer cette vue dans une page
# Chooses the explorer's language; the link and the embed code keep it.
share-language = Langue
share-copy = Copier
share-copied = Copié.
share-copy-by-selecting = Texte sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour copier.
share-resize-hint = Le cadre s’adapte à la taille de son contenu grâce au script de la deuxième ligne, ou si la page hôte utilise pym.js.
export-none = Aucune affirmation ne correspond aux filtres : le tableau et les données liées seraient vides. Le fichier de l’article contient toutes les affirmations.
export-all = { $count ->
    [one] Télécharger l’affirmation
    [many] Télécharger les { $count } d’affirmations
   *[other] Télécharger les { $count } affirmations
}
export-matching = { $count ->
    [one] Télécharger l’affirmation correspondant aux filtres
    [many] Télécharger les { $count } d’affirmations correspondant aux filtres
   *[other] Télécharger les { $count } affirmations correspondant aux filtres
}
export-json = Fichier de l’article (JSON)
export-csv = Tableau (CSV)
export-jsonld = Données liées (JSON-LD)
sources-unsourced = { $count ->
    [one] { $count } affirmation
    [many] { $count } d’affirmations
   *[other] { $count } affirmations
}
# Suit sources-unsourced (« 1 affirmation », « 3 affirmations ») : le verbe s’accorde avec le nombre.
sources-unsourced-text = { $count ->
    [one] ne cite aucune source.
    [many] ne citent aucune source.
   *[other] ne citent aucune source.
}
show-all = { $list ->
    [actors] Afficher tous les acteurs, pas seulement ceux des affirmations correspondantes
   *[sources] Afficher toutes les sources, pas seulement celles des affirmations correspondantes
}

## Le pied de page du module intégré et le panneau d’erreur

embed-source = Source :
embed-get-data = Accéder aux données
error-title = Impossible de charger cet article
# Suivi du nom de la commande, puis d’un deux-points et de la liste des problèmes (check-…).
error-text = Son fichier de données comporte des erreurs. L’éditeur de l’article peut les corriger avec la commande
timeline-reported-by = Rapporté par { $names }
reference-by = Par { $author }.

## La ligne d’en-tête du tableau (CSV) : une cellule par colonne, comme les liste docs/exports.md

csv-id = id
csv-paragraph = paragraphe
csv-quote = citation
csv-summary = résumé
csv-claimant = auteur de l’affirmation
csv-kind = type
csv-sources = sources
csv-subjects = acteurs concernés
csv-contradicted-by = contredite par
csv-supported-by = corroborée par

## Lists

list-and = { $first } et { $rest }
list-unit = { $first }, { $rest }

## Le contrôle : pourquoi un fichier d’article ne peut pas être affiché (identifiants check-…). La
## rédaction les lit dans l’éditeur, et un lecteur quand une page désigne un fichier qui comporte
## des problèmes. Les noms de champ, les identifiants, le JSON et les mots propres au format
## (« format », « claimscope/1 », YYYY-MM-DD) restent tels quels ; une valeur entre « » est citée
## du fichier. Le programme affiche d’abord l’endroit du problème (claims[3].quote.exact), puis
## « : » : d’où la minuscule en tête de la plupart des messages.
## Termes retenus : liste (array JSON), objet (object), champ (field), nom de champ (key), texte
## entre guillemets (string), entrée (un élément d’une liste), identifiant (id), document (le JSON
## entier), fichier d’article (article file).

# L’endroit d’un problème, dans un fichier qui n’est pas du JSON bien formé.
check-at = ligne { $line }, colonne { $column }
check-too-large = Le fichier fait { $bytes } octets ; un fichier d’article ne peut pas dépasser { $megabytes } Mo.
check-not-text = Le fichier n’est pas du texte (UTF-8) : ouvrez un fichier d’article (.json) ou le texte d’un article (.txt).
check-not-article = Ce fichier n’est pas un fichier d’article.
check-no-text = Il n’y a aucun texte à partir duquel générer une ébauche.
check-unreadable = Le fichier n’a pas pu être lu.
check-format-other = « { $found } » n’est pas un format que ce module sait lire : il ne lit que « { $format } ».
check-format-missing = champ absent, ou sa valeur n’est pas du texte : un fichier d’article commence par "format": "{ $format }".
check-json-unclosed = le texte entre guillemets n’est jamais refermé.
check-json-ends-value = le document s’arrête là où une valeur était attendue.
check-json-ends-list = le document s’arrête au milieu d’une liste (il manque un « ] »).
check-json-ends-object = le document s’arrête au milieu d’un objet (il manque un « {"}"} »).
check-json-value = il faut ici une valeur (texte entre guillemets, nombre, true, false, null, [ ou {"{"}).
check-json-trailing-comma = il faut une valeur après la virgule : une liste ou un objet ne peut pas se terminer par une virgule.
check-json-list-comma = dans une liste, il faut ici « , » ou « ] ».
check-json-object-comma = dans un objet, il faut ici « , » ou « {"}"} ».
check-json-colon = il faut « : » après un nom de champ.
check-json-key = il faut ici un nom de champ entre guillemets.
check-json-trailing = texte inattendu après la fin du document.
check-json-number-large = le nombre est trop grand.
check-json-number = nombre mal formé.
check-json-escape = séquence d’échappement inconnue après « \ ».
check-json-utf8 = le texte n’est pas de l’UTF-8 valide.
check-json-control = entre guillemets, les caractères de contrôle doivent être échappés.
check-json-surrogate = un échappement \u qui ouvre une paire de substitution (surrogate) doit être suivi d’un second \u qui la complète.
check-json-hex = \u doit être suivi de quatre chiffres hexadécimaux.
check-json-deep = les listes et les objets sont imbriqués sur plus de { $depth } niveaux.
check-json-twice = le champ « { $field } » figure deux fois dans le même objet.
# Toute autre erreur du lecteur JSON, dans ses propres mots (en anglais).
check-json-other = { $message }.
# $expected et $found sont des types de valeur JSON.
check-wrong-type = il faut { $expected ->
    [object] un objet
    [list] une liste
    [boolean] true ou false
   *[text] du texte
}, pas { $found ->
    [null] null
    [boolean] une valeur true/false
    [number] un nombre
    [list] une liste
    [object] un objet
   *[text] du texte
}.
check-missing = ce champ manque.
check-empty = ce champ ne doit pas être vide.
check-id = « { $id } » n’est pas un identifiant valide : utilisez de 1 à 64 caractères parmi les lettres minuscules sans accent, les chiffres, « - » et « _ », en commençant par une lettre ou un chiffre.
# $words sont les mots du format pour ce champ (« person, people, organisation »).
check-word = « { $value } » n’est pas un type { $field ->
    [actor-kind] d’acteur
    [claim-kind] d’affirmation
   *[relation-kind] de relation
} connu ; utilisez l’un des suivants : { $words }.
check-date = « { $date } » n’est pas une date valide (utilisez la forme YYYY-MM-DD, YYYY-MM ou YYYY).
check-link = « { $link } » n’est pas un lien complet commençant par http:// ou https://.
# $path est l’endroit de la première entrée qui porte cet identifiant : actors[2].
check-id-taken = « { $id } » est déjà l’identifiant de l’entrée { $path }.
# $list est le nom d’une liste du fichier : actors, sources, claims, paragraphs.
check-id-unknown = « { $id } » n’est l’identifiant d’aucune entrée de la liste { $list }.
check-too-many = la liste compte { $count } entrées ; elle ne peut pas en compter plus de { $most }.
check-id-listed-twice = « { $id } » figure deux fois dans cette liste.
check-unsourced-reserved = l’identifiant « unsourced » est réservé aux affirmations sans source : choisissez-en un autre.
check-relation-two = une relation relie exactement deux affirmations, pas { $count }.
check-relation-same = une relation doit relier deux affirmations différentes.
# $path est la relation précédente : relations[3].
check-related-already = ces deux affirmations sont déjà liées par la relation { $path }.
check-quote-absent = le texte « { $quote } » ne figure pas dans le paragraphe { $paragraph }.
check-quote-context = « { $quote } » figure dans le paragraphe { $paragraph }, mais sans le texte indiqué juste avant ou juste après (prefix, suffix).
check-quote-many = « { $quote } » figure { $count } fois dans le paragraphe { $paragraph } : ajoutez le texte qui se trouve juste avant ou juste après (prefix ou suffix) pour indiquer de quelle occurrence il s’agit.
# Quand une page désigne un fichier (data=) qui ne peut pas être chargé ; $address est l’adresse du fichier.
check-fetch-address = « { $address } » n’est pas une adresse valide.
check-fetch-not-http = « { $address } » n’est pas une adresse en http:// ou https://.
check-fetch-network = Le fichier d’article à l’adresse { $address } n’a pas pu être chargé : la requête réseau a échoué (pas de connexion, ou le serveur refuse l’accès).
# $status est la réponse du serveur : « 404 Not Found ».
check-fetch-status = Le fichier d’article à l’adresse { $address } n’a pas pu être chargé : le serveur a répondu { $status }.
check-fetch-large = Le fichier d’article à l’adresse { $address } n’a pas pu être chargé : il dépasse les { $megabytes } Mo autorisés pour un fichier d’article.
check-fetch-body = Le fichier d’article à l’adresse { $address } n’a pas pu être chargé : son contenu n’a pas pu être lu.

## Éditeur : la barre. L’éditeur (à ?edit) est l’outil de la rédaction pour créer le fichier d’un
## article ; ses messages (identifiants en editor-) ne sont compilés que dans la version de l’éditeur.
## Termes propres à l’éditeur : ébauche (ce que Claimscope propose), vérifier / Marquer comme vérifié
## (le contrôle humain), Contrôle (la validation automatique du fichier), Autre nom de (alias),
## Aperçu, Annuler / Rétablir, module (l’explorateur vu par les lecteurs).

# Après le nom Claimscope, identique dans toutes les langues, ce mot s’affiche en couleur d’accent.
editor-bar-name = éditeur
editor-page-title = Éditeur Claimscope
# Le titre de l’onglet du navigateur quand un article est ouvert ($title est son titre).
editor-page-title-article = { $title } · Éditeur Claimscope
editor-open-file = Ouvrir un fichier…
editor-another-article = Autre article…
editor-another-article-title = Coller ou ouvrir un autre article ; celui-ci reste enregistré
editor-undo = Annuler
editor-undo-title = Annuler (Ctrl+Z)
editor-redo = Rétablir
editor-redo-title = Rétablir (Ctrl+Maj+Z)
# Le bouton qui télécharge aussitôt le fichier de l’article.
editor-download = Télécharger

## Éditeur : l’enregistrement dans ce navigateur (la ligne d’état de la barre, et l’avis quand un autre onglet a enregistré)

editor-saved = Enregistré dans ce navigateur
editor-not-saved-other-tab = Non enregistré : modifié dans un autre onglet
editor-not-saved-refused = Non enregistré : ce navigateur refuse de le stocker — téléchargez le fichier
editor-other-tab = Cet article a été modifié dans un autre onglet ou une autre fenêtre depuis le dernier enregistrement fait dans cet onglet. Quelle version voulez-vous garder ? L’édition est suspendue ici en attendant votre choix, afin qu’aucune modification impossible à enregistrer ne soit faite.
# Les deux réponses : garder la version de l’autre onglet, ou celle de cet onglet.
editor-other-tab-theirs = Celle de l’autre onglet
editor-other-tab-ours = Celle de cet onglet

## Éditeur : l’écran d’accueil

editor-start-title = Créez le fichier Claimscope de votre article
editor-start-intro = Collez l’article tel que vous le copiez depuis sa page — titre, signatures, texte et références — et Claimscope en tire une ébauche : les affirmations, leurs auteurs et les sources sur la foi desquelles elles sont avancées. Vérifiez et corrigez ensuite cette ébauche en sélectionnant des mots dans le texte. Rien ne quitte cet ordinateur : votre travail est enregistré au fur et à mesure dans ce navigateur.
editor-start-paste = Le texte de l’article
# Affiché dans le champ vide tant que rien n’est collé : la forme d’un article.
editor-start-paste-placeholder =
    Titre

    Par …

    Premier paragraphe…
editor-start-draft = Générer une ébauche à partir de ce texte
editor-start-drafting = Ébauche en cours…
# « Ouvrir un fichier » est le bouton editor-open-file de la barre.
editor-start-hint = Vous pouvez aussi ouvrir un texte (.txt) ou un fichier d’article (.json) avec « Ouvrir un fichier », ou le déposer sur cette page.
# Le titre de la liste des articles en cours dans ce navigateur.
editor-start-saved = Articles enregistrés dans ce navigateur
# Un article enregistré, à rouvrir ($title est son titre, ou son identifiant).
editor-start-go-on = Reprendre « { $title } »

## Éditeur : ouvrir un autre article. $origin vaut pasted pour un texte collé sur l’écran d’accueil,
## sinon file, avec le nom du fichier dans $name.

editor-refused-title = Claimscope ne peut pas ouvrir { $origin ->
    [pasted] le texte collé
   *[file] { $name }
} comme article
# Avant la liste des problèmes relevés ; $open vaut yes quand un article était ouvert.
editor-refused-found = { $open ->
    [yes] L’article qui était ouvert reste inchangé. Le contrôle a relevé :
   *[no] Le contrôle a relevé :
}
# The notice's title when nothing was drafted because the drafter's word lists for the text's
# language could not be downloaded (its text is editor-language-unavailable).
editor-unavailable-title = Aucune ébauche n’a encore été générée
editor-close = Fermer
editor-file-too-large = Le fichier dépasse { $megabytes } Mo, la taille maximale d’un fichier d’article.
editor-file-unreadable = Le navigateur n’a pas pu lire le fichier.
editor-replace-title = Ouvrir un autre article ?
editor-replace-saved = Ce navigateur contient déjà un travail enregistré sur ce même article. Ouvrir { $origin ->
    [pasted] le texte collé
   *[file] { $name }
} le remplace tel quel : téléchargez d’abord votre travail si vous voulez le conserver.
# $title est le titre de l’article ouvert.
editor-replace-open = Ouvrir { $origin ->
    [pasted] le texte collé
   *[file] { $name }
} ferme « { $title } ». Votre travail sur cet article reste enregistré dans ce navigateur : vous pourrez le reprendre plus tard.
editor-replace-yes = Ouvrir
editor-cancel = Annuler

## Éditeur : le texte, sa barre de sélection et l’aperçu

# Nomme la paire de boutons qui affichent le texte de l’article ou l’aperçu.
editor-show = Afficher
editor-text = Texte
editor-preview = Aperçu
editor-preview-blocked = Le module ne peut pas afficher le fichier tant que les problèmes signalés sous Contrôle ne sont pas corrigés.
editor-text-label = Le texte de l’article : sélectionnez des mots pour créer une affirmation, un acteur ou une source
editor-select-hint = Sélectionnez des mots dans le texte (à la souris, ou avec Maj et les flèches) pour les annoter.
# $words : les mots sélectionnés dans le texte, abrégés.
editor-selected = Sélection : « { $words } »
editor-annotate = Annoter la sélection
editor-new-claim = Nouvelle affirmation
editor-new-actor = Nouvel acteur
# Fait des mots sélectionnés une source citée par l’affirmation qui les contient.
editor-cite = Source
# Accompagne une liste des acteurs : les mots sélectionnés sont un autre nom de l’acteur choisi.
editor-alias-of = Autre nom de

## Éditeur : l’inspecteur, ses panneaux et leurs listes (Affirmations, Acteurs, Sources et Article
## sont les messages view-… du module)

editor-annotations = Annotations
editor-panels = Panneaux
editor-panel-check = Contrôle
editor-panel-events = Événements
# Le panneau qui télécharge le fichier et produit le code d’intégration.
editor-panel-download = Télécharger
# Revient du formulaire d’une fiche à la liste qui la contient.
editor-back = ← Liste
# Signale une fiche proposée par Claimscope que personne n’a encore vérifiée.
editor-drafted-badge = ébauche
# À côté de chaque source de la liste : la liste des références de l’article la nomme-t-elle ?
editor-listed = dans la liste des références
editor-unlisted = absente de la liste des références
editor-add-actor = Ajouter un acteur manuellement
# The ✕ beside each actor in its list, for a screen reader and as a tooltip.
editor-remove-named = Supprimer { $name }
# Marque d’un coup comme vérifiés tous les acteurs proposés par Claimscope, une fois leurs noms corrects dans la liste.
editor-check-all-actors = Marquer tous les acteurs comme vérifiés
# Le nom d’un acteur ajouté manuellement, tant qu’il n’en a pas reçu.
editor-new-actor-name = Nouvel acteur
editor-add-event = Ajouter un événement
# Un événement dans sa liste, tant qu’il n’a pas d’intitulé.
editor-event-untitled = Événement sans intitulé

## Éditeur : le panneau Contrôle ($problem est l’un des messages du contrôle, check-…)

editor-checking = Contrôle du fichier…
editor-check-problems = Problèmes
editor-check-valid = Le fichier est valide : le module peut l’afficher.
editor-check-invalid = Le module ne peut pas afficher le fichier tant que ces problèmes ne sont pas corrigés :
# Un problème, après l’endroit du fichier qu’il concerne ($path : claims[2].summary).
editor-check-problem = { $path } : { $problem }
editor-check-warnings = À compléter avant publication
editor-check-findings = Ce qui sera signalé aux lecteurs

## Éditeur : ce que dit le formulaire de chaque fiche

editor-drafted = Ébauche, pas encore vérifiée
editor-mark-checked = Marquer comme vérifié
editor-field-name = Nom
editor-kind = Type
editor-note = Note pour les lecteurs (facultatif)
editor-remove = Supprimer
# Un choix du fichier qui ne figure pas dans la liste ($value tel que le fichier l’écrit).
editor-unknown = { $value } (valeur inconnue)

## Éditeur : le formulaire d’une affirmation ($id est l’identifiant de l’affirmation dans le fichier)

editor-claim = Affirmation
editor-claim-heading = Affirmation { $id }
editor-quote = Citation
editor-requote = Citer plutôt la sélection
editor-summary = Résumé : l’affirmation en une phrase simple
editor-claimant = Qui affirme
editor-claim-sources = Sur la foi de (sources)
editor-claim-remove = Supprimer cette affirmation
editor-related = Affirmations liées
editor-unlink = Dissocier
editor-another-claim = Autre affirmation
editor-contradicts = Elle contredit celle-ci
editor-supports = Elle corrobore celle-ci

## Éditeur : le formulaire d’un acteur ($id est l’identifiant de l’acteur dans le fichier)

# Nomme le formulaire d’un acteur, et la liste des acteurs à côté de « Autre nom de » dans la barre de sélection.
editor-actor = Acteur
editor-actor-heading = Acteur { $id }
editor-actor-summary = Qui est-ce, en une phrase
editor-aliases = Autres noms employés dans le texte (sigles, formes abrégées)
# Chacun des autres noms d’un acteur : Autre nom 1, Autre nom 2…
editor-alias = Autre nom { $number }
editor-add-alias = Ajouter un autre nom
editor-actor-remove = Supprimer cet acteur

## Éditeur : le formulaire d’une source ($id est l’identifiant de la source dans le fichier)

editor-source = Source
editor-source-heading = Source { $id }
editor-outlet = Média ou organisme
editor-source-author = Auteur (facultatif)
editor-source-title = Titre (facultatif)
# Le fichier écrit les dates année-mois-jour, année-mois ou année : les exemples restent tels quels.
editor-source-date = Date : 2024-03-05, 2024-03 ou 2024 (facultatif)
editor-source-url = Lien (facultatif)
editor-source-listed = Dans la liste des références de l’article
editor-source-remove = Supprimer cette source

## Éditeur : le formulaire d’un événement ($id est l’identifiant de l’événement dans le fichier)

editor-event = Événement
editor-event-heading = Événement { $id }
editor-event-date = Date : 2024-03-05, 2024-03 ou 2024
editor-event-label = Intitulé dans la chronologie
# Avant les affirmations qui rapportent l’événement, une case à cocher chacune.
editor-event-claims = Rapporté par
editor-event-remove = Supprimer cet événement

## Éditeur : le formulaire de l’article

editor-article-heading = L’article
editor-article-title = Titre
editor-article-id = Identifiant (nom du fichier, repris dans les adresses)
editor-article-category = Rubrique ou catégorie (facultatif)
editor-article-publisher = Média (facultatif)
# Une étiquette de langue BCP 47, telle que le fichier l’écrit.
editor-article-language = Langue (fr, en, pt-BR)
editor-article-published = Date de publication : 2024-03-05 (facultatif)
editor-article-url = Adresse de publication (lien, facultatif)
editor-credits = Signatures
# Le module nomme dans sa langue les rôles author, writer, editor, supervisor et translator,
# écrits en anglais dans le fichier.
editor-credit-role = Rôle, en anglais (author, editor…)
editor-add-credit = Ajouter une signature

## Éditeur : le panneau Télécharger et le code qui intègre le module

editor-publish-title = Télécharger le fichier
editor-publish-invalid = Le module ne peut pas encore afficher ce fichier : voir Contrôle. Vous pouvez quand même le télécharger et reprendre plus tard.
# $file est le nom du fichier : harbour-closure.json
editor-publish-download = Télécharger { $file }
editor-embed-title = L’intégrer à votre page
editor-embed-hosted = Adresse où vous placerez le fichier
editor-embed-explorer = Adresse du module Claimscope
editor-embed-code = Collez ce code à l’endroit où le module doit apparaître
editor-embed-cors = Le serveur qui héberge le fichier doit autoriser l’adresse du module à le lire (CORS), sauf si tous deux sont sur le même site.

## Éditeur : supprimer un acteur ou une source utilisé par des affirmations. Les phrases de la
## question se suivent dans cet ordre, la deuxième et la troisième seulement s’il y a de telles
## affirmations ; $name est le nom de l’acteur ou le média de la source, $claims une liste de titres
## d’affirmations. Le genre de $name est inconnu : les phrases évitent l’accord.

editor-remove-title = Supprimer { $name } ?
editor-remove-used = { $name } figure encore dans des affirmations.
editor-remove-by = Affirmations qui en émanent ou qui s’y appuient : { $claims }.
editor-remove-about = Affirmations à son sujet : { $claims }.
editor-remove-effect = La suppression l’enlève de ces affirmations (celles qu’avançait cet acteur sont attribuées à l’auteur de l’article et marquées à revérifier). Vous pourrez annuler cette action.
# Une affirmation des listes ci-dessus, par son titre.
editor-remove-headline = « { $headline } »

## Editor: the language of the pasted text

editor-language = Langue du texte
editor-language-detected = Détectée : { $language }
editor-language-other = Autre langue
editor-language-neutral = Claimscope ne dispose pas de listes de mots pour cette langue : l’ébauche repère les citations et les noms, et c’est à vous d’indiquer qui dit quoi.
editor-language-unavailable = Impossible de charger les listes de mots de la langue { $language } (vérifiez votre connexion). Réessayez, ou choisissez « Autre langue » pour une ébauche qui ne repère que les citations et les noms.
editor-drafter-unavailable = Impossible de charger l’assistant d’ébauche (vérifiez votre connexion). Réessayez.
editor-drafter-stopped = L’assistant d’ébauche s’est arrêté sur ce texte et rien n’a été ébauché. Réessayez, ou choisissez « Autre langue » pour une ébauche qui ne repère que les citations et les noms.

## Éditeur : les avertissements du contrôle, chacun après le chemin de ce qu’il faut compléter (« claims[3].summary : »),
## dans le panneau Contrôle (et, en anglais, dans `claimscope check`)

# $why est l’un des messages ci-dessous, qui dit pourquoi le champ vide pose problème.
editor-check-empty = vide : { $why }
editor-check-no-headline = l’article n’a pas de titre.
editor-check-no-language = indiquez la langue du texte (« fr »), pour que les lecteurs d’écran le prononcent correctement.
editor-check-credit-name = une signature ne nomme personne.
editor-check-credit-role = indiquez, en anglais, ce qu’a fait cette personne (author, editor…).
editor-check-empty-paragraph = le paragraphe est vide.
editor-check-empty-alias = un autre nom vide ne désigne rien.
editor-check-actor-summary = les lecteurs ne voient aucune description de cet acteur.
# $name tel que le fichier l’écrit, $spelt tel que le texte l’écrit (avec une autre apostrophe ou d’autres guillemets).
editor-check-spelt = le texte n’écrit pas « { $name } » mais « { $spelt } » : les lecteurs ne trouveront pas l’un en cherchant l’autre.
editor-check-unused-actor = aucune affirmation n’a { $name } pour auteur ni pour sujet : les lecteurs ne peuvent trouver cet acteur que dans la vue Acteurs.
editor-check-unused-source = aucune affirmation ne cite { $source }, et cette source est absente de la liste des références.
editor-check-claim-summary = les lecteurs voient la citation à la place d’un résumé.
# « Sur qui » est le filtre des sujets des affirmations (facet-about).
editor-check-no-subject = l’affirmation ne porte sur aucun acteur : le filtre « Sur qui » ne permet jamais de la trouver.
editor-check-event-label = l’événement n’a pas d’intitulé dans la chronologie.
editor-check-event-claims = aucune affirmation ne rapporte cet événement : les filtres ne le font jamais apparaître.
