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
# Suivi du nom de la commande, puis d’un deux-points et de la liste des problèmes (en anglais).
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
