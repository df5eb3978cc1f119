# Reviewed by a Spanish-reading sub-editor (helper), 2026-12-05.
# La interfaz de Claimscope en español, traducida de locales/en.ftl (docs/translating.md).
# Los identificadores no cambian; las variables ({ $name }) y sus variantes por categorías
# plurales de CLDR (es: one, many, other) se mantienen. Solo texto, nunca HTML.
#
# Glosario:
#   claim            afirmación (f.)
#   claimant         quien afirma; en el CSV, «emisor»
#   actor            actor
#   source           fuente
#   reference list   lista de referencias (pestaña/encabezado: Referencias)
#   finding          aviso
#   integrity        integridad (pestaña: Integridad)
#   timeline         cronología; event: hecho
#   network          red; link: vínculo
#   filter           filtro, filtrar; matching claims: afirmaciones que coinciden / filtradas
#   embed            insertar (Compartir / Insertar)
#   export           descargar (botones); hoja de cálculo, datos enlazados
#   byline           firma
# Tratamiento: tú, como en la web del periódico. Comillas: « ». Masculino genérico
# (el autor, el lector) según el libro de estilo.

# The language's name in itself (English: English).
language-name = Español

## Fechas: día, mes (1–12) y año son números; meses en minúscula.

date-day = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
date-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
date-year = { $year }

## El buscador y el número de afirmaciones que coinciden

search-label = Buscar afirmaciones
search-placeholder = Buscar afirmaciones, personas o fuentes
result-count-all = { $total ->
    [one] { $total } afirmación
    [many] { $total } afirmaciones
   *[other] { $total } afirmaciones
}
result-count-filtered = { $matching } de { $total ->
    [one] { $total } afirmación
    [many] { $total } afirmaciones
   *[other] { $total } afirmaciones
}
clear-all-filters = Quitar todos los filtros

## Avisos de integridad ($source, $actor, $first, $second y $name son nombres del artículo)

finding-unlisted-title = { $source } se cita, pero no figura en la lista de referencias
finding-unlisted-detail = El texto atribuye { $count ->
    [one] { $count } afirmación
    [many] { $count } afirmaciones
   *[other] { $count } afirmaciones
} a { $source }, pero esta fuente no figura en la lista de referencias, así que el lector no puede consultarla.
finding-uncited-title = { $source } figura en las referencias, pero no se cita
finding-uncited-detail = Figura en la lista de referencias, pero el texto no le atribuye ninguna afirmación.
finding-contradiction-title = { $first } y { $second } se contradicen
# La voz del propio artículo, tal como la nombra un aviso.
finding-author = el autor ({ $name })
# Los titulares de dos afirmaciones, cuando el artículo no anota su contradicción.
finding-contradiction-detail = «{ $first }» frente a «{ $second }».
finding-unsourced-title = { $count ->
    [one] { $count } afirmación sin fuente
    [many] { $count } afirmaciones sin fuente
   *[other] { $count } afirmaciones sin fuente
}
finding-unsourced-detail = El texto no atribuye estas afirmaciones a ninguna fuente: se sostienen solo en la palabra de quien las hace.
finding-names-title = { $actor } aparece con distintos nombres completos
# Uno de los nombres, con los párrafos en que aparece ($paragraphs: "2, 5").
finding-names-name = «{ $name }» ({ $count ->
    [one] párrafo
    [many] párrafos
   *[other] párrafos
} { $paragraphs })
# Une los nombres: "A y B", luego "A y B y C".
finding-names-detail = El texto se refiere al mismo actor como { $names }. El lector puede creer que son actores distintos.

## Los tipos de actor, de afirmación y de relación

actor-kind-person = Persona
actor-kind-people = Grupo de personas
actor-kind-organisation = Organización
actor-kind-armed-group = Grupo armado
actor-kind-state = Estado
actor-kind-government = Gobierno
actor-kind-military = Fuerzas armadas
actor-kind-intelligence-agency = Servicio de inteligencia
actor-kind-media = Medio de comunicación
actor-kind-author = Autor del artículo
claim-kind-report = Información
claim-kind-assessment = Valoración
claim-kind-statement = Declaración
claim-kind-denial = Desmentido
relation-kind-contradicts = Contradice
relation-kind-supports = Respalda

## Las pestañas de las vistas

view-article = Artículo
view-claims = Afirmaciones
view-actors = Actores
view-sources = Fuentes
view-timeline = Cronología
view-network = Red
view-integrity = Integridad
views = Vistas
findings-badge = { $count ->
    [one] { $count } aviso
    [many] { $count } avisos
   *[other] { $count } avisos
}
filters-toggle = { $count ->
    [0] Filtros
   *[other] Filtros ({ $count })
}
filters = Filtros

## La cabecera ($role es la función del crédito en minúsculas; $label, tal como la escribe el archivo)

credit-lead = { $role ->
    [author] Por
    [writer] Por
    [editor] Edición:
    [supervisor] Supervisión:
    [translator] Traducción:
   *[other] { $label }:
}
open-full-explorer = Abrir el explorador completo
new-tab = (se abre en una pestaña nueva)

## Los filtros

filter-claims = Filtrar afirmaciones
facet-by = Quién afirma
facet-about = Sobre quién
facet-source = Fuente
facet-kind = Tipo de afirmación
facet-hint = Se muestran las afirmaciones que coinciden con alguna opción marcada en cada grupo.
facet-no-source = Sin fuente
facet-author = { $name } (autor)
facet-count = { $count ->
    [one] { $count } afirmación
    [many] { $count } afirmaciones
   *[other] { $count } afirmaciones
}
facet-clear = Quitar filtro: { $facet }
facet-clear-button = Quitar
facet-show-fewer = Mostrar menos
facet-show-all = Mostrar las { $count } opciones

## Fichas

actor-claims-none = { $side ->
    [made] No hace afirmaciones
   *[about] No es objeto de ninguna afirmación
}
actor-claims = { $side ->
    [made] { $count ->
        [one] Hace { $count } afirmación
        [many] Hace { $count } afirmaciones
       *[other] Hace { $count } afirmaciones
    }
   *[about] { $count ->
        [one] Es objeto de { $count } afirmación
        [many] Es objeto de { $count } afirmaciones
       *[other] Es objeto de { $count } afirmaciones
    }
}
actor-mentions = { $count ->
    [0] No aparece en el texto
    [one] Aparece una vez en el texto
    [many] Aparece { $count } veces en el texto
   *[other] Aparece { $count } veces en el texto
}
actor-in-byline = Aparece en la firma
actor-aliases = Otros nombres:
claim-contradicted-by = Contradicha por
claim-supported-by = Respaldada por
claim-in-context = Ver en el artículo (párrafo { $paragraph })
claim-author = autor del artículo
claim-about = Sobre
claim-sources = Fuentes
claim-unsourced = Sin fuente
claim-note = Nota del anotador:
claim-original = Leer en el original
# La información emergente de una afirmación en el artículo: quién, de qué tipo, con qué fuentes.
claim-tip = { $claimant } · { $kind } · { $sources }
claim-tip-contradicted = { $claimant } · { $kind } · { $sources } · contradicha
claim-tip-no-source = sin fuente

## La vista del artículo

article-title = El artículo, con sus afirmaciones resaltadas
legend-highlighted = El texto resaltado
legend-highlighted-text = es una afirmación: púlsalo para ver quién la hace y con qué fuentes.
legend-dashed = El subrayado discontinuo
legend-dashed-text = indica una afirmación sin fuente;
legend-contested-text = marca una afirmación que otra contradice;
legend-dotted = el subrayado de puntos
legend-dotted-text = señala a los actores.
note = Nota:
skip-to-view = Ir a la vista

## Fuentes y referencias

references = Referencias
references-unlisted = Fuentes citadas en el texto que no figuran en esta lista:
reference-cited = { $count ->
    [0] no se cita en el texto
    [one] citada en { $count } afirmación
    [many] citada en { $count } afirmaciones
   *[other] citada en { $count } afirmaciones
}
source-citing = { $count ->
    [0] Ninguna afirmación la cita
    [one] La cita { $count } afirmación
    [many] La citan { $count } afirmaciones
   *[other] La citan { $count } afirmaciones
}
source-undated = Sin fecha
source-by = Por { $author }
source-listed = En la lista de referencias
source-unlisted = No figura en la lista de referencias
source-unlisted-text = : el texto la cita, pero el lector no puede consultarla.

## La cronología

no-claim-matches = Ninguna afirmación coincide con estos filtros.
timeline-none = Ningún hecho del artículo tiene fecha.
timeline-none-matching = Ninguna de las afirmaciones que coinciden con los filtros menciona un hecho con fecha.
timeline-one = Un solo hecho con fecha ({ $date }): no hay cronología que trazar.
timeline-span = { $count ->
    [one] { $count } hecho
    [many] { $count } hechos
   *[other] { $count } hechos
}, del primero ({ $first }) al último ({ $last }). Usa las flechas del teclado para pasar de uno a otro.
timeline-events = Hechos por orden cronológico

## La vista de integridad

integrity-title = Lo que un lector atento debe saber
integrity-intro = Avisos calculados a partir de los datos del artículo: lagunas en las fuentes, nombres que pueden confundir y afirmaciones que se contradicen.
integrity-concerning = { $count ->
    [0] Ningún aviso afecta a las afirmaciones que coinciden con los filtros.
    [one] { $count } de { $total ->
        [one] { $total } aviso
       *[other] { $total } avisos
    } afecta a las afirmaciones que coinciden con los filtros.
    [many] { $count } de { $total } avisos afectan a las afirmaciones que coinciden con los filtros.
   *[other] { $count } de { $total } avisos afectan a las afirmaciones que coinciden con los filtros.
}
integrity-claims-citing = Afirmaciones con { $source } como fuente
integrity-claims-unsourced = Afirmaciones sin fuente
integrity-paragraph = párrafo { $paragraph }
integrity-in-text = En el texto:

## La red

network-no-matches = Ninguna afirmación coincide con estos filtros, así que no hay vínculos que trazar.
network-no-links = Ninguna de las afirmaciones que coinciden con los filtros trata sobre un actor identificado, así que no hay vínculos que trazar.
network-intro = { $claims ->
    [one] { $claims } afirmación
    [many] { $claims } afirmaciones
   *[other] { $claims } afirmaciones
} de { $claimants ->
    [one] { $claimants } actor
    [many] { $claimants } actores
   *[other] { $claimants } actores
} sobre { $subjects ->
    [one] { $subjects } actor
    [many] { $subjects } actores
   *[other] { $subjects } actores
}: quién dice qué sobre quién. Selecciona un nombre para ver solo sus vínculos.
# Un nombre del gráfico, para lectores de pantalla: "Alcalde, hace 3 afirmaciones".
network-node = { $side ->
    [claimant] { $name }, hace { $count ->
        [one] { $count } afirmación
        [many] { $count } afirmaciones
       *[other] { $count } afirmaciones
    }
   *[subject] { $name }, es objeto de { $count ->
        [one] { $count } afirmación
        [many] { $count } afirmaciones
       *[other] { $count } afirmaciones
    }
}
network-who-claims = Quién afirma
network-about-whom = Sobre quién
network-who-claims-what = Quién afirma qué sobre quién
network-legend = Leyenda
network-contradicted = Contradichas
network-wider = Trazo más grueso: más afirmaciones
network-table = Los vínculos, en tabla
network-claims = Afirmaciones
network-kinds = Tipos
network-link = { $from } sobre { $subject }
network-link-count = { $count ->
    [one] { $count } afirmación
    [many] { $count } afirmaciones
   *[other] { $count } afirmaciones
}
network-link-contradicted = { $count ->
    [one] { $count } contradicha
    [many] { $count } contradichas
   *[other] { $count } contradichas
}
network-more = y { $count } más
network-claims-by = { $count ->
    [one] { $count } afirmación
    [many] { $count } afirmaciones
   *[other] { $count } afirmaciones
} de { $name } en la vista Afirmaciones
network-claims-about = { $count ->
    [one] { $count } afirmación
    [many] { $count } afirmaciones
   *[other] { $count } afirmaciones
} sobre { $name } en la vista Afirmaciones
network-every-link = Mostrar todos los vínculos

## Listas de fichas

claims-show-more = { $more ->
    [one] Mostrar la última
    [many] { $fits ->
        [yes] Mostrar las { $more } restantes
       *[no] Mostrar { $page } más (quedan { $more })
    }
   *[other] { $fits ->
        [yes] Mostrar las { $more } restantes
       *[no] Mostrar { $page } más (quedan { $more })
    }
}

## Compartir y exportar

share = Compartir / Insertar
share-link = Enlace a esta vista
share-embed = Insertar esta vista en una página
# Chooses the explorer's language; the link and the embed code keep it.
share-language = Idioma
share-copy = Copiar
share-copied = Copiado.
share-copy-by-selecting = Seleccionado: pulsa Ctrl+C (⌘C en Mac) para copiar.
share-resize-hint = El marco se ajusta a su contenido con el script de la segunda línea o con una página contenedora que use pym.js.
export-none = Ninguna afirmación coincide con los filtros: la hoja de cálculo y los datos enlazados estarían vacíos. El archivo del artículo contiene todas las afirmaciones.
export-all = { $count ->
    [one] Descargar { $count } afirmación
    [many] Descargar las { $count } afirmaciones
   *[other] Descargar las { $count } afirmaciones
}
export-matching = { $count ->
    [one] Descargar la afirmación que coincide con los filtros
    [many] Descargar las { $count } afirmaciones que coinciden con los filtros
   *[other] Descargar las { $count } afirmaciones que coinciden con los filtros
}
export-json = El archivo completo del artículo (JSON)
export-csv = Hoja de cálculo (CSV)
export-jsonld = Datos enlazados (JSON-LD)
sources-unsourced = { $count ->
    [one] { $count } afirmación
    [many] { $count } afirmaciones
   *[other] { $count } afirmaciones
}
# Sigue a sources-unsourced ("1 afirmación", "3 afirmaciones"); el verbo concuerda con el número.
sources-unsourced-text = { $count ->
    [one] no cita ninguna fuente.
    [many] no citan ninguna fuente.
   *[other] no citan ninguna fuente.
}
show-all = { $list ->
    [actors] Mostrar todos los actores, no solo los de las afirmaciones que coinciden con los filtros
   *[sources] Mostrar todas las fuentes, no solo las de las afirmaciones que coinciden con los filtros
}

## El pie del contenido insertado y el panel de error

embed-source = Fuente:
embed-get-data = Descargar los datos
error-title = No se ha podido cargar este artículo
# Le sigue el nombre del comando, luego dos puntos y la lista de problemas (check-…).
error-text = El archivo de datos del artículo tiene errores. Quien lo publica puede corregirlos con
timeline-reported-by = Según { $names }
reference-by = Por { $author }.

## La fila de encabezados de la hoja de cálculo (CSV): una celda por columna, según docs/exports.md

csv-id = id
csv-paragraph = párrafo
csv-quote = cita
csv-summary = resumen
csv-claimant = emisor
csv-kind = tipo
csv-sources = fuentes
csv-subjects = aludidos
csv-contradicted-by = contradicha por
csv-supported-by = respaldada por

## Lists

list-and = { $first } y { $rest }
list-unit = { $first }, { $rest }

## El validador: por qué no se puede mostrar un archivo de artículo (ids check-…). Los lee un
## editor en el editor, y un lector cuando una página nombra un archivo con problemas. Los nombres
## de campo, los ids, el JSON y las palabras propias del formato ("format", "claimscope/1",
## YYYY-MM-DD) no se traducen; un valor entre « » es una cita del archivo.

# Dónde está un problema, en un archivo que ni siquiera es JSON.
check-at = línea { $line }, columna { $column }
check-too-large = El archivo ocupa { $bytes } bytes; un archivo de artículo puede ocupar como máximo { $megabytes } MB.
check-not-text = El archivo no es de texto (UTF-8): abre un archivo de artículo (.json) o el texto de un artículo (.txt).
check-not-article = El archivo no es un archivo de artículo.
check-no-text = No hay texto con el que crear el borrador.
check-unreadable = No se ha podido leer el archivo.
check-format-other = «{ $found }» no es un formato que este explorador sepa leer; solo lee «{ $format }».
check-format-missing = falta o no es texto (un archivo de artículo empieza por "format": "{ $format }").
check-json-unclosed = un texto entre comillas no se cierra: falta la comilla de cierre.
check-json-ends-value = el documento termina donde debería haber un valor.
check-json-ends-list = el documento termina dentro de una lista (falta un ']').
check-json-ends-object = el documento termina dentro de un objeto (falta un '{"}"}').
check-json-value = se esperaba un valor (texto entre comillas, un número, true, false, null, [ o {"{"}).
check-json-trailing-comma = se esperaba un valor después de la coma: una lista o un objeto no puede terminar en coma.
check-json-list-comma = se esperaba ',' o ']' en una lista.
check-json-object-comma = se esperaba ',' o '{"}"}' en un objeto.
check-json-colon = se esperaba ':' después del nombre de un campo.
check-json-key = se esperaba el nombre de un campo entre comillas.
check-json-trailing = sobra texto después del final del documento.
check-json-number-large = el número es demasiado grande.
check-json-number = el número está mal escrito.
check-json-escape = lo que sigue a la barra invertida '\' no es una secuencia de escape válida.
check-json-utf8 = el texto no es UTF-8 válido.
check-json-control = dentro de las comillas, los caracteres de control (como un salto de línea o un tabulador) deben ir escapados.
check-json-surrogate = un escape \u de sustituto alto (surrogate) debe ir seguido de uno de sustituto bajo.
check-json-hex = \u debe ir seguido de cuatro cifras hexadecimales.
check-json-deep = hay listas u objetos anidados a más de { $depth } niveles de profundidad.
check-json-twice = el campo «{ $field }» aparece dos veces en el mismo objeto.
# Cualquier otro error del lector de JSON, con sus propias palabras (en inglés).
check-json-other = { $message }.
# $expected y $found son tipos de valor JSON.
check-wrong-type = se esperaba { $expected ->
    [object] un objeto
    [list] una lista
    [boolean] true o false
   *[text] texto entre comillas
}, pero hay { $found ->
    [null] null
    [boolean] un valor true/false
    [number] un número
    [list] una lista
    [object] un objeto
   *[text] texto entre comillas
}.
check-missing = falta este campo.
check-empty = no puede estar vacío.
check-id = «{ $id }» no es un id válido: usa de 1 a 64 letras minúsculas (sin tildes ni ñ), cifras, '-' o '_', y empieza por una letra o una cifra.
# $words son las palabras del propio formato para el campo ("person, people, organisation").
check-word = «{ $value }» no es un { $field ->
    [actor-kind] tipo de actor
    [claim-kind] tipo de afirmación
   *[relation-kind] tipo de relación
} válido; usa uno de estos: { $words }.
check-date = «{ $date }» no es una fecha válida (escríbela como YYYY-MM-DD, YYYY-MM o YYYY: año-mes-día, año-mes o año).
check-link = «{ $link }» no es un enlace completo que empiece por http:// o https://.
# $path es dónde está el primer elemento con este id: actors[2].
check-id-taken = «{ $id }» ya es el id de { $path }.
# $list es el nombre de una lista del archivo: actors, sources, claims, paragraphs.
check-id-unknown = «{ $id }» no es el id de ningún elemento de la lista { $list }.
check-too-many = tiene { $count } elementos; se admiten como máximo { $most }.
check-id-listed-twice = «{ $id }» aparece dos veces en la lista.
check-unsourced-reserved = «unsourced» está reservado para las afirmaciones sin fuente; elige otro id.
check-relation-two = una relación vincula exactamente dos afirmaciones, no { $count }.
check-relation-same = una relación debe vincular dos afirmaciones distintas.
# $path es la relación anterior: relations[3].
check-related-already = estas dos afirmaciones ya están relacionadas en { $path }.
check-quote-absent = el texto «{ $quote }» no aparece en el párrafo { $paragraph }.
check-quote-context = «{ $quote }» aparece en el párrafo { $paragraph }, pero no con el prefix y el suffix indicados.
check-quote-many = «{ $quote }» aparece { $count } veces en el párrafo { $paragraph }; añade un prefix o un suffix (el texto justo antes o justo después) para indicar cuál.
# Cuando una página nombra un archivo (data=) que no se puede descargar; $address es su dirección.
check-fetch-address = «{ $address }» no es una dirección válida.
check-fetch-not-http = «{ $address }» no es una dirección http:// o https://.
check-fetch-network = No se ha podido descargar el archivo del artículo desde { $address }: ha fallado la conexión (no hay acceso a internet o el servidor no permite la descarga).
# $status es la respuesta del servidor: "404 Not Found".
check-fetch-status = No se ha podido descargar el archivo del artículo desde { $address }: el servidor ha respondido { $status }.
check-fetch-large = No se ha podido descargar el archivo del artículo desde { $address }: supera los { $megabytes } MB que puede ocupar como máximo un archivo de artículo.
check-fetch-body = No se ha podido descargar el archivo del artículo desde { $address }: ha fallado la lectura de su contenido.

## Editor: la barra. El editor (en ?edit) es la herramienta de la redacción para crear el archivo
## de un artículo; sus mensajes, con identificadores que empiezan por editor-, solo entran en su build.
#
# Glosario del editor:
#   draft (n./v.)        borrador; crear el borrador (drafted: borrador, sin revisar)
#   check / checked      revisar / revisado (el panel Check: Revisión)
#   is another name of   es otro nombre de
#   preview              vista previa
#   publish              publicar
#   undo / redo          deshacer / rehacer
#   event                hecho; credits: créditos; outlet: medio

# El encabezado de la barra es el nombre Claimscope, igual en todos los idiomas, y luego esta palabra.
editor-bar-name = editor
editor-page-title = Editor de Claimscope
# El título de la pestaña con un artículo abierto ($title es su titular).
editor-page-title-article = { $title } · Editor de Claimscope
editor-open-file = Abrir archivo…
editor-another-article = Otro artículo…
editor-another-article-title = Pega o abre otro artículo; este queda guardado
editor-undo = Deshacer
editor-undo-title = Deshacer (Ctrl+Z)
editor-redo = Rehacer
editor-redo-title = Rehacer (Ctrl+Mayús+Z)
# El botón que descarga el archivo del artículo directamente.
editor-download = Descargar

## Editor: el guardado en este navegador (la línea de estado y el aviso cuando otra pestaña guardó)

editor-saved = Guardado en este navegador
editor-not-saved-other-tab = Sin guardar: cambiado en otra pestaña
editor-not-saved-refused = Sin guardar: este navegador no permite almacenarlo. Descarga el archivo
editor-other-tab = Este artículo se ha modificado en otra pestaña o ventana desde la última vez que se guardó en esta. ¿Qué versión quieres conservar? No podrás seguir editando aquí hasta que elijas, para que no se haga ningún cambio que luego no pueda guardarse.
# Las dos respuestas: quedarse con la versión de la otra pestaña o con la de esta.
editor-other-tab-theirs = La de la otra pestaña
editor-other-tab-ours = La de esta pestaña

## Editor: la pantalla de inicio

editor-start-title = Crea un archivo de Claimscope para tu artículo
editor-start-intro = Pega el artículo tal como lo copias de su página (titular, firmas, texto y referencias) y Claimscope preparará un borrador con las afirmaciones, quién las hace y en qué fuentes se apoyan. Después revisas y corriges el borrador seleccionando palabras del texto. Nada sale de este ordenador: tu trabajo se guarda en este navegador a medida que avanzas.
editor-start-paste = El texto del artículo
# Aparece en el cuadro vacío hasta que se pega algo: la forma de un artículo.
editor-start-paste-placeholder =
    Titular

    Por …

    Primer párrafo…
editor-start-draft = Crear el borrador con este texto
editor-start-drafting = Creando el borrador…
# «Abrir archivo» es el botón de la barra (editor-open-file).
editor-start-hint = O abre un texto (.txt) o un archivo de artículo (.json) con «Abrir archivo», o arrástralo a esta página.
# El encabezado de la lista de artículos con trabajo guardado en este navegador.
editor-start-saved = Guardados en este navegador
# Un artículo guardado, para retomarlo ($title es su titular o su id).
editor-start-go-on = Seguir con «{ $title }»

## Editor: abrir otro artículo. $origin es pasted si el texto se pegó en la pantalla de inicio y,
## si no, file, con el nombre del archivo en $name.

editor-refused-title = { $origin ->
    [pasted] El texto pegado
   *[file] { $name }
} no es un artículo que Claimscope pueda abrir
# Antes de la lista de problemas encontrados; $open es yes si había un artículo abierto.
editor-refused-found = { $open ->
    [yes] El artículo que tenías abierto no ha cambiado. Se han encontrado estos problemas:
   *[no] Se han encontrado estos problemas:
}
# The notice's title when nothing was drafted because the drafter's word lists for the text's
# language could not be downloaded (its text is editor-language-unavailable).
editor-unavailable-title = Aún no se ha creado el borrador
editor-close = Cerrar
editor-file-too-large = El archivo supera los { $megabytes } MB, el máximo para un archivo de artículo.
editor-file-unreadable = El navegador no ha podido leer el archivo.
editor-replace-title = ¿Abrir otro artículo?
editor-replace-saved = Este navegador tiene trabajo guardado sobre el mismo artículo. Al abrir { $origin ->
    [pasted] el texto pegado
   *[file] { $name }
}, ese trabajo se sustituye por el archivo tal como está; si quieres conservarlo, descárgalo antes.
# $title es el titular del artículo abierto ahora.
editor-replace-open = Al abrir { $origin ->
    [pasted] el texto pegado
   *[file] { $name }
} se cierra «{ $title }». Lo que has hecho en él sigue guardado en este navegador y podrás retomarlo más tarde.
editor-replace-yes = Abrir
editor-cancel = Cancelar

## Editor: el texto, su barra de selección y la vista previa

# Nombra la pareja de botones que muestran el texto del artículo o la vista previa.
editor-show = Mostrar
editor-text = Texto
editor-preview = Vista previa
editor-preview-blocked = El explorador no puede mostrar el archivo hasta que se corrijan los problemas señalados en Revisión.
editor-text-label = El texto del artículo: selecciona palabras para anotar una afirmación, un actor o una fuente
editor-select-hint = Selecciona palabras del texto (arrastrando, o con Mayús y las flechas) para anotarlas.
# $words son las palabras seleccionadas en el texto, abreviadas.
editor-selected = Seleccionado: «{ $words }»
editor-annotate = Anotar las palabras seleccionadas
editor-new-claim = Nueva afirmación
editor-new-actor = Nuevo actor
# Convierte las palabras seleccionadas en una fuente citada por la afirmación que las rodea.
editor-cite = Fuente
# Junto a una lista de actores: las palabras seleccionadas son otro nombre del elegido.
editor-alias-of = Es otro nombre de

## Editor: el inspector, sus paneles y sus listas (Afirmaciones, Actores, Fuentes y Artículo son
## los mensajes view-… del explorador)

editor-annotations = Anotaciones
editor-panels = Paneles
editor-panel-check = Revisión
editor-panel-events = Hechos
# El panel que descarga el archivo y genera el código para insertarlo.
editor-panel-download = Descargar
# Vuelve del formulario de un elemento a la lista en la que está.
editor-back = ← Volver
# Marca un elemento propuesto automáticamente que nadie ha revisado todavía.
editor-drafted-badge = borrador
# Junto a cada fuente de la lista: si figura en la lista de referencias del artículo.
editor-listed = en la lista de referencias
editor-unlisted = no figura en la lista de referencias
editor-add-actor = Añadir un actor a mano
# The ✕ beside each actor in its list, for a screen reader and as a tooltip.
editor-remove-named = Eliminar { $name }
# Marca de una vez todos los actores propuestos automáticamente, cuando sus nombres en la lista ya son correctos.
editor-check-all-actors = Marcar todos los actores como revisados
# El nombre con el que empieza un actor añadido a mano, hasta que se le da uno.
editor-new-actor-name = Nuevo actor
editor-add-event = Añadir un hecho
# Un hecho en su lista mientras no tiene texto.
editor-event-untitled = Hecho sin texto

## Editor: el panel Revisión ($problem es uno de los mensajes del validador, check-…)

editor-checking = Revisando el archivo…
editor-check-problems = Problemas
editor-check-valid = El archivo es válido: el explorador lo muestra.
editor-check-invalid = El explorador no podrá mostrar el archivo hasta que se corrija lo siguiente:
# Un problema, tras el lugar del archivo al que se refiere ($path: claims[2].summary).
editor-check-problem = { $path }: { $problem }
editor-check-warnings = Por completar antes de publicar
editor-check-findings = Avisos que verán los lectores

## Editor: lo que dice el formulario de cada elemento

editor-drafted = Borrador, sin revisar
editor-mark-checked = Marcar como revisado
editor-field-name = Nombre
editor-kind = Tipo
editor-note = Nota para los lectores (opcional)
editor-remove = Eliminar
# Una opción del archivo que no está en la lista ($value, tal como lo escribe el archivo).
editor-unknown = { $value } (valor desconocido)

## Editor: el formulario de la afirmación ($id es su id en el archivo)

editor-claim = Afirmación
editor-claim-heading = Afirmación { $id }
editor-quote = Cita
editor-requote = Usar como cita las palabras seleccionadas
editor-summary = Resumen: la afirmación en una frase sencilla
editor-claimant = Quién lo afirma
editor-claim-sources = Según (fuentes)
editor-claim-remove = Eliminar esta afirmación
editor-related = Afirmaciones relacionadas
editor-unlink = Desvincular
editor-another-claim = Otra afirmación
editor-contradicts = La contradice
editor-supports = La respalda

## Editor: el formulario del actor ($id es su id en el archivo)

# Nombra el formulario del actor y la lista de actores junto a «Es otro nombre de».
editor-actor = Actor
editor-actor-heading = Actor { $id }
editor-actor-summary = Quién es, en una frase
editor-aliases = Otros nombres que usa el texto (siglas, formas abreviadas)
# Cada uno de los otros nombres de un actor: Otro nombre 1, Otro nombre 2…
editor-alias = Otro nombre { $number }
editor-add-alias = Añadir otro nombre
editor-actor-remove = Eliminar este actor

## Editor: el formulario de la fuente ($id es su id en el archivo)

editor-source = Fuente
editor-source-heading = Fuente { $id }
editor-outlet = Medio
editor-source-author = Autor (opcional)
editor-source-title = Título (opcional)
# El archivo escribe las fechas como año-mes-día, año-mes o año: los ejemplos no cambian.
editor-source-date = Fecha: 2024-03-05, 2024-03 o 2024 (opcional)
editor-source-url = Enlace (opcional)
editor-source-listed = En la lista de referencias del artículo
editor-source-remove = Eliminar esta fuente

## Editor: el formulario del hecho ($id es su id en el archivo)

editor-event = Hecho
editor-event-heading = Hecho { $id }
editor-event-date = Fecha: 2024-03-05, 2024-03 o 2024
editor-event-label = Texto en la cronología
# Antes de las afirmaciones que recogen el hecho, con una casilla cada una.
editor-event-claims = Según
editor-event-remove = Eliminar este hecho

## Editor: el formulario del artículo

editor-article-heading = El artículo
editor-article-title = Titular
editor-article-id = Id (nombre del archivo; se usa en las direcciones)
editor-article-category = Sección o categoría (opcional)
editor-article-publisher = Medio (opcional)
# Una etiqueta de idioma BCP 47, tal como la escribe el archivo.
editor-article-language = Idioma (es, en, pt-BR)
editor-article-published = Fecha de publicación: 2024-03-05 (opcional)
editor-article-url = Dónde se publica (enlace, opcional)
editor-credits = Créditos
# Las funciones que el explorador nombra con sus propias palabras son author, writer, editor,
# supervisor y translator, escritas en inglés en el archivo.
editor-credit-role = Función, en inglés (author, editor…)
editor-add-credit = Añadir un crédito

## Editor: el panel Descargar y el código que inserta el explorador

editor-publish-title = Descargar el archivo
editor-publish-invalid = El explorador aún no puede mostrar este archivo: consulta Revisión. Puedes descargarlo igualmente y seguir más tarde.
# $file es el nombre del archivo: harbour-closure.json
editor-publish-download = Descargar { $file }
editor-embed-title = Insértalo en tu página
editor-embed-hosted = Dirección en la que alojarás el archivo
editor-embed-explorer = Dirección del explorador de Claimscope
editor-embed-code = Pega esto donde deba aparecer el explorador
editor-embed-cors = El servidor del archivo debe permitir que la dirección del explorador lo lea (CORS), salvo que ambos estén en el mismo sitio.

## Editor: eliminar un actor o una fuente que usan algunas afirmaciones. Las frases de la pregunta
## van en este orden, la segunda y la tercera solo si hay tales afirmaciones; $name es el nombre
## del actor o el medio de la fuente, $claims una lista de titulares de afirmaciones.

editor-remove-title = ¿Eliminar { $name }?
editor-remove-used = { $name } todavía está en uso.
editor-remove-by = Afirmaciones que hace o en las que se cita: { $claims }.
editor-remove-about = Afirmaciones de las que es objeto: { $claims }.
editor-remove-effect = Si continúas, se quitará de esas afirmaciones (las que hace pasarán al autor del artículo, marcadas para revisarlas de nuevo). Puedes deshacerlo.
# Una afirmación de las listas anteriores, por su titular.
editor-remove-headline = «{ $headline }»

## Editor: el idioma del texto pegado (en la pantalla de inicio). $language es el nombre del idioma
## en ese mismo idioma («Deutsch»).

editor-language = Idioma del texto
editor-language-detected = Detectado: { $language }
editor-language-other = Otro idioma
editor-language-neutral = Claimscope no tiene listas de palabras para este idioma: el borrador solo detecta las citas y los nombres, y tú indicas quién dice qué.
editor-language-unavailable = No se han podido cargar las listas de palabras del idioma { $language } (comprueba la conexión). Vuelve a intentarlo o elige «Otro idioma» para crear un borrador que solo detecte citas y nombres.
editor-drafter-unavailable = No se ha podido cargar el asistente de borradores (comprueba la conexión). Vuelve a intentarlo.
editor-drafter-stopped = El asistente de borradores se ha detenido con este texto y no se ha creado ningún borrador. Vuelve a intentarlo o elige «Otro idioma» para crear un borrador que solo detecte citas y nombres.

## Editor: las advertencias de la revisión, cada una tras la ruta de lo que hay que completar
## («claims[3].summary:»), en el panel Revisión (y, en inglés, en `claimscope check`)

# $why es uno de los mensajes siguientes, que explica por qué importa un campo vacío.
editor-check-empty = vacío: { $why }
editor-check-no-headline = el artículo no tiene titular.
editor-check-no-language = indica el idioma del texto («es») para que los lectores de pantalla lo pronuncien bien.
editor-check-credit-name = un crédito no nombra a nadie.
editor-check-credit-role = indica qué hizo esta persona, en inglés (author, editor…).
editor-check-empty-paragraph = el párrafo está vacío.
editor-check-empty-alias = este otro nombre está vacío y no nombra a nadie.
editor-check-actor-summary = el lector no ve ninguna descripción de este actor.
# $name tal como lo escribe el archivo, $spelt tal como lo escribe el texto (otro apóstrofo u otras comillas).
editor-check-spelt = el texto no escribe «{ $name }», sino «{ $spelt }»: quien busque una forma no encontrará la otra.
editor-check-unused-actor = { $name } no hace ninguna afirmación ni es objeto de ninguna; el lector solo puede encontrar a este actor en la vista Actores.
editor-check-unused-source = ninguna afirmación cita a { $source }, y la lista de referencias la deja fuera.
editor-check-claim-summary = el lector ve la cita en lugar de un resumen.
# «Sobre quién» es el filtro de los aludidos de las afirmaciones (facet-about).
editor-check-no-subject = la afirmación no trata sobre ningún actor, así que ningún filtro «Sobre quién» la encuentra.
editor-check-event-label = el hecho no tiene texto en la cronología.
editor-check-event-claims = ninguna afirmación recoge este hecho, así que los filtros nunca lo muestran.
