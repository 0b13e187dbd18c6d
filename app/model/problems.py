"""Problems as codes with parameters: `io` and `model` say what is wrong, `ui` says it.

A `Problem` is a code and its parameters (a file name, an id, a number, or another
problem: "het bestand kan niet worden gelezen: {reason}"). The Dutch text of each
code is below, marked for translation under the context "Problem"; the window
translates it with its `tr` (app/ui/problem_text.py), the command line and log
lines use the Dutch text as it is. No Qt here.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.model.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Problem"
Translate = Callable[[str, str], str]


class Code(StrEnum):
    # --- why a file could not be read or written (by the system's error number)
    OS_ENOSPC = "os-enospc"
    OS_EDQUOT = "os-edquot"
    OS_EROFS = "os-erofs"
    OS_EACCES = "os-eacces"
    OS_EFBIG = "os-efbig"
    OS_ENOENT = "os-enoent"
    OS_EISDIR = "os-eisdir"
    OS_ENOTDIR = "os-enotdir"
    OS_EEXIST = "os-eexist"
    OS_ELOOP = "os-eloop"
    OS_ENAMETOOLONG = "os-enametoolong"
    OS_EINVAL = "os-einval"
    OS_EIO = "os-eio"
    OS_EMFILE = "os-emfile"
    OS_ENXIO = "os-enxio"
    OS_BUSY = "os-busy"
    OS_EAGAIN = "os-eagain"
    OS_ENOMEM = "os-enomem"
    OS_ESTALE = "os-estale"
    OS_OTHER = "os-other"
    OS_TEXT = "os-text"
    # --- reading a file safely
    SYMLINK_OUTSIDE = "symlink-outside"
    NOT_REGULAR = "not-regular"
    LARGER_THAN_MB = "larger-than-mb"
    UNREADABLE = "unreadable"
    UNREADABLE_BECAUSE = "unreadable-because"
    FILE_BYTES_OVER_LIMIT = "file-bytes-over-limit"
    CANNOT_OPEN_BECAUSE = "cannot-open-because"
    NOT_REGULAR_SHORT = "not-regular-short"
    TOO_LARGE = "too-large"
    CANNOT_READ_BECAUSE = "cannot-read-because"
    CHAPTER_UNREADABLE = "chapter-unreadable"
    NOT_UTF8 = "not-utf8"
    FILE_EMPTY = "file-empty"
    TOO_DEEP = "too-deep"
    FILE_GONE = "file-gone"
    PLATE_ID_CHANGED = "plate-id-changed"
    PLATE_ID_IN_USE = "plate-id-in-use"
    FOLDER_NOT_MADE = "folder-not-made"
    # --- YAML
    UTF16 = "utf16"
    NUL_BYTE = "nul-byte"
    INVALID_UTF8 = "invalid-utf8"
    YAML_SYNTAX = "yaml-syntax"
    YAML_ERROR = "yaml-error"
    TOO_MANY_VALUES = "too-many-values"
    NESTED_DEEPER = "nested-deeper"
    ALIASES = "aliases"
    # --- what a YAML value was found to be
    FOUND_BOOL = "found-bool"
    FOUND_INT = "found-int"
    FOUND_FLOAT = "found-float"
    FOUND_NULL = "found-null"
    FOUND_DATE = "found-date"
    FOUND_MAPPING = "found-mapping"
    FOUND_LIST = "found-list"
    FOUND_TAG = "found-tag"
    # --- a value in a plate file
    UNKNOWN_TAG = "unknown-tag"
    MUST_BE_MAPPING = "must-be-mapping"
    KEYS_PLAIN = "keys-plain"
    KEY_TWICE = "key-twice"
    UNKNOWN_KEY = "unknown-key"
    KEY_MISSING = "key-missing"
    MUST_BE_LIST = "must-be-list"
    MUST_BE_TEXT_QUOTE = "must-be-text-quote"
    MUST_BE_TEXT = "must-be-text"
    TEXT_TOO_LONG = "text-too-long"
    TEXT_EMPTY = "text-empty"
    BAD_IDENTIFIER = "bad-identifier"
    MUST_BE_INTEGER = "must-be-integer"
    NOT_INTEGER = "not-integer"
    INTEGER_RANGE = "integer-range"
    MUST_BE_NUMBER = "must-be-number"
    NOT_NUMBER = "not-number"
    NUMBER_RANGE = "number-range"
    MUST_BE_BOOL = "must-be-bool"
    NOT_ONE_OF = "not-one-of"
    LIST_TOO_LONG = "list-too-long"
    # --- which part of a plate file a problem is in
    IN_PLATE = "in-plate"
    IN_ELEMENT = "in-element"
    IN_ELEMENT_NAMED = "in-element-named"
    IN_ELEMENT_ID = "in-element-id"
    IN_RELATION = "in-relation"
    IN_RELATION_NAMED = "in-relation-named"
    IN_RELATION_ID = "in-relation-id"
    IN_QUESTION = "in-question"
    IN_FIELD = "in-field"
    IN_TOUR_STEP = "in-tour-step"
    IN_KEY = "in-key"
    IN_ITEM = "in-item"
    # --- a plate as a whole
    FORMAT_VERSION = "format-version"
    CONTAINMENT_CYCLE = "containment-cycle"
    RELATIONS_PER_ELEMENT = "relations-per-element"
    NESTED_ELEMENTS = "nested-elements"
    SIDES_RANGE = "sides-range"
    ASPECT = "aspect"
    LAYOUT_NEEDS = "layout-needs"
    SIZE_BAD = "size-bad"
    SIZE_SHAPE = "size-shape"
    SIZE_POSITIVE = "size-positive"
    RECT_SHAPE = "rect-shape"
    RECT_POSITIVE = "rect-positive"
    RECT_OUTSIDE = "rect-outside"
    TOO_MANY_ELEMENTS = "too-many-elements"
    ELEMENT_ID_TWICE = "element-id-twice"
    INSIDE_UNKNOWN = "inside-unknown"
    INSIDE_NOT_CONTAINER = "inside-not-container"
    TOO_MANY_RELATIONS = "too-many-relations"
    RELATION_ID_TWICE = "relation-id-twice"
    RELATION_FROM_UNKNOWN = "relation-from-unknown"
    RELATION_TO_FORM = "relation-to-form"
    RELATION_TO_UNKNOWN = "relation-to-unknown"
    RELATION_SELF = "relation-self"
    TOO_MANY_QUESTIONS = "too-many-questions"
    NO_QUESTIONS = "no-questions"
    QUESTION_IDS_TWICE = "question-ids-twice"
    TOO_MANY_FIELDS = "too-many-fields"
    NOT_AN_ELEMENT = "not-an-element"
    TOO_MANY_STEPS = "too-many-steps"
    STEP_UNKNOWN = "step-unknown"
    PLATE_INCOMPLETE = "plate-incomplete"
    PLATE_ID_TAKEN = "plate-id-taken"
    LINK_UNRESOLVED = "link-unresolved"
    NOTHING_TO_PLACE = "nothing-to-place"
    POSITIONS_NOT_WRITTEN = "positions-not-written"
    # --- exports
    EXPORT_TOO_BIG = "export-too-big"
    EXPORT_IMAGE_FAILED = "export-image-failed"
    EXPORT_NOT_WRITTEN = "export-not-written"
    EXPORT_WRITE_FAILED = "export-write-failed"
    EXPORT_SVG_FAILED = "export-svg-failed"
    EXPORT_UNKNOWN_FORMAT = "export-unknown-format"
    EXPORT_UNKNOWN_TOUR_FORMAT = "export-unknown-tour-format"
    EXPORT_PAGE_BROKEN = "export-page-broken"
    # --- drawings and fonts for the HTML export
    SVG_VIEWBOX = "svg-viewbox"
    SVG_INVALID = "svg-invalid"
    SVG_NOT = "svg-not"
    FONT_SHORT = "font-short"
    FONT_NOT = "font-not"
    FONT_TABLE = "font-table"
    # --- work session files
    SESSION_TOO_LARGE = "session-too-large"
    NUMBER_TOO_LARGE = "number-too-large"
    SESSION_DAMAGED = "session-damaged"
    NOT_A_SESSION = "not-a-session"
    SESSION_NEWER = "session-newer"
    SHOULD_BE = "should-be"
    KIND_TEXT = "kind-text"
    KIND_LIST = "kind-list"
    KIND_TABLE = "kind-table"
    KIND_NUMBER = "kind-number"
    AT_THE_FILE = "at-the-file"
    AT_PLATE = "at-plate"
    AT_POINT = "at-point"
    AT_NAME = "at-name"
    AT_ROLE = "at-role"
    AT_COLLEAGUE = "at-colleague"
    AT_PARTICIPANT = "at-participant"


TEXTS: dict[Code, str] = {
    Code.OS_ENOSPC: QT_TRANSLATE_NOOP("Problem", "de schijf is vol"),
    Code.OS_EDQUOT: QT_TRANSLATE_NOOP("Problem", "de schijf is vol (quotum bereikt)"),
    Code.OS_EROFS: QT_TRANSLATE_NOOP("Problem", "de map is alleen-lezen"),
    Code.OS_EACCES: QT_TRANSLATE_NOOP("Problem", "geen toestemming om in deze map te schrijven"),
    Code.OS_EFBIG: QT_TRANSLATE_NOOP("Problem", "het bestand is te groot"),
    Code.OS_ENOENT: QT_TRANSLATE_NOOP("Problem", "de map bestaat niet (meer)"),
    Code.OS_EISDIR: QT_TRANSLATE_NOOP("Problem", "dit is een map, geen bestand"),
    Code.OS_ENOTDIR: QT_TRANSLATE_NOOP("Problem", "een deel van het pad is geen map"),
    Code.OS_EEXIST: QT_TRANSLATE_NOOP("Problem", "er staat al een bestand met deze naam"),
    Code.OS_ELOOP: QT_TRANSLATE_NOOP("Problem", "een snelkoppeling wordt niet gevolgd"),
    Code.OS_ENAMETOOLONG: QT_TRANSLATE_NOOP("Problem", "de bestandsnaam is te lang"),
    Code.OS_EINVAL: QT_TRANSLATE_NOOP("Problem", "ongeldige bestandsnaam"),
    Code.OS_EIO: QT_TRANSLATE_NOOP("Problem", "de schijf gaf een lees- of schrijffout"),
    Code.OS_EMFILE: QT_TRANSLATE_NOOP("Problem", "te veel geopende bestanden"),
    Code.OS_ENXIO: QT_TRANSLATE_NOOP("Problem", "het apparaat bestaat niet"),
    Code.OS_BUSY: QT_TRANSLATE_NOOP(
        "Problem", "het bestand is in gebruik door een ander programma"
    ),
    Code.OS_EAGAIN: QT_TRANSLATE_NOOP("Problem", "het bestand is nu niet beschikbaar"),
    Code.OS_ENOMEM: QT_TRANSLATE_NOOP("Problem", "te weinig geheugen"),
    Code.OS_ESTALE: QT_TRANSLATE_NOOP("Problem", "de netwerkschijf is niet meer bereikbaar"),
    Code.OS_OTHER: QT_TRANSLATE_NOOP("Problem", "systeemfout {name}"),
    Code.OS_TEXT: QT_TRANSLATE_NOOP("Problem", "{text}"),
    Code.SYMLINK_OUTSIDE: QT_TRANSLATE_NOOP(
        "Problem", "een snelkoppeling naar buiten de map wordt niet gevolgd"
    ),
    Code.NOT_REGULAR: QT_TRANSLATE_NOOP(
        "Problem", "dit is geen gewoon bestand (maar een apparaat, pijp of socket)"
    ),
    Code.LARGER_THAN_MB: QT_TRANSLATE_NOOP("Problem", "het bestand is groter dan {megabytes} MB"),
    Code.UNREADABLE: QT_TRANSLATE_NOOP("Problem", "het bestand kan niet worden gelezen"),
    Code.UNREADABLE_BECAUSE: QT_TRANSLATE_NOOP(
        "Problem", "het bestand kan niet worden gelezen: {reason}"
    ),
    Code.FILE_BYTES_OVER_LIMIT: QT_TRANSLATE_NOOP(
        "Problem", "het bestand is {size} bytes; de grens is {limit}"
    ),
    Code.CANNOT_OPEN_BECAUSE: QT_TRANSLATE_NOOP("Problem", "kan niet worden geopend ({reason})"),
    Code.NOT_REGULAR_SHORT: QT_TRANSLATE_NOOP("Problem", "is geen gewoon bestand"),
    Code.TOO_LARGE: QT_TRANSLATE_NOOP("Problem", "het bestand is te groot"),
    Code.CANNOT_READ_BECAUSE: QT_TRANSLATE_NOOP("Problem", "kan niet worden gelezen ({reason})"),
    Code.CHAPTER_UNREADABLE: QT_TRANSLATE_NOOP("Problem", "kan niet worden gelezen: {reason}"),
    Code.NOT_UTF8: QT_TRANSLATE_NOOP("Problem", "het bestand is geen UTF-8-tekst"),
    Code.FILE_EMPTY: QT_TRANSLATE_NOOP("Problem", "het bestand is leeg"),
    Code.TOO_DEEP: QT_TRANSLATE_NOOP("Problem", "het bestand is te diep genest"),
    Code.FILE_GONE: QT_TRANSLATE_NOOP(
        "Problem", "het bestand is weg; de laatste versie blijft staan"
    ),
    Code.PLATE_ID_CHANGED: QT_TRANSLATE_NOOP(
        "Problem",
        "de plaat-id is veranderd van '{old}' in '{new}'; "
        "open het bestand opnieuw om het als nieuwe plaat te tonen",
    ),
    Code.PLATE_ID_IN_USE: QT_TRANSLATE_NOOP(
        "Problem", "de plaat-id '{id}' is al in gebruik door {owner}; geef deze plaat een eigen id"
    ),
    Code.FOLDER_NOT_MADE: QT_TRANSLATE_NOOP("Problem", "de map kan niet worden gemaakt: {reason}"),
    Code.UTF16: QT_TRANSLATE_NOOP("Problem", "het bestand is UTF-16; sla het op als UTF-8"),
    Code.NUL_BYTE: QT_TRANSLATE_NOOP("Problem", "het bestand bevat een NUL-byte"),
    Code.INVALID_UTF8: QT_TRANSLATE_NOOP(
        "Problem", "geen geldige UTF-8 (byte 0x{byte}); sla het bestand op als UTF-8"
    ),
    Code.YAML_SYNTAX: QT_TRANSLATE_NOOP("Problem", "YAML-syntaxfout: {detail}"),
    Code.YAML_ERROR: QT_TRANSLATE_NOOP("Problem", "YAML-fout: {detail}"),
    Code.TOO_MANY_VALUES: QT_TRANSLATE_NOOP("Problem", "het bestand heeft te veel waarden"),
    Code.NESTED_DEEPER: QT_TRANSLATE_NOOP("Problem", "dieper genest dan {most} niveaus"),
    Code.ALIASES: QT_TRANSLATE_NOOP(
        "Problem", "aliassen (*naam) kunnen niet in plaatbestanden; schrijf de waarde uit"
    ),
    Code.FOUND_BOOL: QT_TRANSLATE_NOOP("Problem", "een ja/nee-waarde"),
    Code.FOUND_INT: QT_TRANSLATE_NOOP("Problem", "een geheel getal"),
    Code.FOUND_FLOAT: QT_TRANSLATE_NOOP("Problem", "een getal"),
    Code.FOUND_NULL: QT_TRANSLATE_NOOP("Problem", "niets (null)"),
    Code.FOUND_DATE: QT_TRANSLATE_NOOP("Problem", "een datum"),
    Code.FOUND_MAPPING: QT_TRANSLATE_NOOP("Problem", "een mapping (sleutel: waarde)"),
    Code.FOUND_LIST: QT_TRANSLATE_NOOP("Problem", "een lijst"),
    Code.FOUND_TAG: QT_TRANSLATE_NOOP("Problem", "een waarde met tag {tag}"),
    Code.UNKNOWN_TAG: QT_TRANSLATE_NOOP("Problem", "{what}: onbekende tag '{tag}'"),
    Code.MUST_BE_MAPPING: QT_TRANSLATE_NOOP(
        "Problem", "{what} moet een mapping zijn (sleutel: waarde), gevonden: {found}"
    ),
    Code.KEYS_PLAIN: QT_TRANSLATE_NOOP("Problem", "{what}: sleutels moeten gewone woorden zijn"),
    Code.KEY_TWICE: QT_TRANSLATE_NOOP("Problem", "{what}: sleutel '{key}' staat er twee keer"),
    Code.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "Problem", "{what}: onbekende sleutel '{key}' (bekend: {known})"
    ),
    Code.KEY_MISSING: QT_TRANSLATE_NOOP("Problem", "{what}: sleutel '{key}' ontbreekt"),
    Code.MUST_BE_LIST: QT_TRANSLATE_NOOP(
        "Problem", "{what} moet een lijst zijn, gevonden: {found}"
    ),
    Code.MUST_BE_TEXT_QUOTE: QT_TRANSLATE_NOOP(
        "Problem",
        "{what} moet tekst zijn, gevonden: {found} '{value}'; zet het tussen aanhalingstekens",
    ),
    Code.MUST_BE_TEXT: QT_TRANSLATE_NOOP("Problem", "{what} moet tekst zijn, gevonden: {found}"),
    Code.TEXT_TOO_LONG: QT_TRANSLATE_NOOP("Problem", "{what} is langer dan {limit} tekens"),
    Code.TEXT_EMPTY: QT_TRANSLATE_NOOP("Problem", "{what} is leeg"),
    Code.BAD_IDENTIFIER: QT_TRANSLATE_NOOP(
        "Problem", "{what} '{value}': alleen kleine letters, cijfers, '-' en '_' (hoogstens 64)"
    ),
    Code.MUST_BE_INTEGER: QT_TRANSLATE_NOOP(
        "Problem", "{what} moet een geheel getal zijn, gevonden: {found}"
    ),
    Code.NOT_INTEGER: QT_TRANSLATE_NOOP("Problem", "{what} '{value}' is geen geheel getal"),
    Code.INTEGER_RANGE: QT_TRANSLATE_NOOP(
        "Problem", "{what} moet tussen {minimum} en 1000000 liggen"
    ),
    Code.MUST_BE_NUMBER: QT_TRANSLATE_NOOP(
        "Problem", "{what} moet een getal zijn, gevonden: {found}"
    ),
    Code.NOT_NUMBER: QT_TRANSLATE_NOOP("Problem", "{what} '{value}' is geen getal"),
    Code.NUMBER_RANGE: QT_TRANSLATE_NOOP("Problem", "{what} is te groot of te klein"),
    Code.MUST_BE_BOOL: QT_TRANSLATE_NOOP(
        "Problem", "{what} moet true of false zijn, gevonden: {found}"
    ),
    Code.NOT_ONE_OF: QT_TRANSLATE_NOOP("Problem", "{what} '{value}' is niet een van: {options}"),
    Code.LIST_TOO_LONG: QT_TRANSLATE_NOOP("Problem", "{what}: meer dan {most}"),
    Code.IN_PLATE: QT_TRANSLATE_NOOP("Problem", "plaat"),
    Code.IN_ELEMENT: QT_TRANSLATE_NOOP("Problem", "onderdeel"),
    Code.IN_ELEMENT_NAMED: QT_TRANSLATE_NOOP("Problem", "onderdeel '{id}'"),
    Code.IN_ELEMENT_ID: QT_TRANSLATE_NOOP("Problem", "onderdeel-id"),
    Code.IN_RELATION: QT_TRANSLATE_NOOP("Problem", "verband"),
    Code.IN_RELATION_NAMED: QT_TRANSLATE_NOOP("Problem", "verband '{id}'"),
    Code.IN_RELATION_ID: QT_TRANSLATE_NOOP("Problem", "verband-id"),
    Code.IN_QUESTION: QT_TRANSLATE_NOOP("Problem", "vraag"),
    Code.IN_FIELD: QT_TRANSLATE_NOOP("Problem", "veld"),
    Code.IN_TOUR_STEP: QT_TRANSLATE_NOOP("Problem", "stap van de rondleiding"),
    Code.IN_KEY: QT_TRANSLATE_NOOP("Problem", "{what}: {key}"),
    Code.IN_ITEM: QT_TRANSLATE_NOOP("Problem", "{what} item"),
    Code.FORMAT_VERSION: QT_TRANSLATE_NOOP(
        "Problem",
        "formaatversie {version} wordt niet ondersteund; deze app leest versie {supported}",
    ),
    Code.CONTAINMENT_CYCLE: QT_TRANSLATE_NOOP(
        "Problem", "onderdelen liggen in een kring in elkaar: {cycle}"
    ),
    Code.RELATIONS_PER_ELEMENT: QT_TRANSLATE_NOOP(
        "Problem", "{relations} verbanden bij {elements} onderdelen; hoogstens {most} per onderdeel"
    ),
    Code.NESTED_ELEMENTS: QT_TRANSLATE_NOOP(
        "Problem", "onderdeel '{id}' ligt meer dan {most} niveaus diep in andere onderdelen"
    ),
    Code.SIDES_RANGE: QT_TRANSLATE_NOOP(
        "Problem", "breedte en hoogte moeten tussen {low} en {high} liggen"
    ),
    Code.ASPECT: QT_TRANSLATE_NOOP(
        "Problem", "de lange kant mag hoogstens {ratio} keer de korte kant zijn"
    ),
    Code.LAYOUT_NEEDS: QT_TRANSLATE_NOOP(
        "Problem",
        "de onderdelen hebben samen {width} × {height} nodig; {problem} (zet size en rect)",
    ),
    Code.SIZE_BAD: QT_TRANSLATE_NOOP("Problem", "size {width} × {height}: {problem}"),
    Code.SIZE_SHAPE: QT_TRANSLATE_NOOP("Problem", "size moet [breedte, hoogte] zijn"),
    Code.SIZE_POSITIVE: QT_TRANSLATE_NOOP("Problem", "size moet groter dan 0 zijn"),
    Code.RECT_SHAPE: QT_TRANSLATE_NOOP("Problem", "{what} moet [x, y, breedte, hoogte] zijn"),
    Code.RECT_POSITIVE: QT_TRANSLATE_NOOP(
        "Problem", "{what}: breedte en hoogte moeten groter dan 0 zijn"
    ),
    Code.RECT_OUTSIDE: QT_TRANSLATE_NOOP("Problem", "{what} [{rect}] ligt buiten de plaat"),
    Code.TOO_MANY_ELEMENTS: QT_TRANSLATE_NOOP("Problem", "meer dan {most} onderdelen"),
    Code.ELEMENT_ID_TWICE: QT_TRANSLATE_NOOP(
        "Problem", "onderdeel-id '{id}' komt twee keer voor (eerst op regel {line})"
    ),
    Code.INSIDE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Problem", "onderdeel '{id}' ligt in onbekend onderdeel '{container}'"
    ),
    Code.INSIDE_NOT_CONTAINER: QT_TRANSLATE_NOOP(
        "Problem",
        "onderdeel '{id}' ligt in '{container}', maar dat is een {kind}, geen region of ring",
    ),
    Code.TOO_MANY_RELATIONS: QT_TRANSLATE_NOOP("Problem", "meer dan {most} verbanden"),
    Code.RELATION_ID_TWICE: QT_TRANSLATE_NOOP("Problem", "verband-id '{id}' komt twee keer voor"),
    Code.RELATION_FROM_UNKNOWN: QT_TRANSLATE_NOOP(
        "Problem", "{what} begint bij onbekend onderdeel '{id}'"
    ),
    Code.RELATION_TO_FORM: QT_TRANSLATE_NOOP(
        "Problem", "{what}: to '{target}' moet 'onderdeel' of 'plaat-id:onderdeel' zijn"
    ),
    Code.RELATION_TO_UNKNOWN: QT_TRANSLATE_NOOP(
        "Problem", "{what} wijst naar onbekend onderdeel '{id}'"
    ),
    Code.RELATION_SELF: QT_TRANSLATE_NOOP("Problem", "{what} wijst naar zichzelf"),
    Code.TOO_MANY_QUESTIONS: QT_TRANSLATE_NOOP("Problem", "meer dan {most} vragen"),
    Code.NO_QUESTIONS: QT_TRANSLATE_NOOP("Problem", "het werkblad heeft geen vragen"),
    Code.QUESTION_IDS_TWICE: QT_TRANSLATE_NOOP(
        "Problem", "twee vragen van het werkblad hebben dezelfde id"
    ),
    Code.TOO_MANY_FIELDS: QT_TRANSLATE_NOOP("Problem", "meer dan {most} velden"),
    Code.NOT_AN_ELEMENT: QT_TRANSLATE_NOOP(
        "Problem", "{what} '{value}' is geen onderdeel van deze plaat"
    ),
    Code.TOO_MANY_STEPS: QT_TRANSLATE_NOOP("Problem", "meer dan {most} stappen in de rondleiding"),
    Code.STEP_UNKNOWN: QT_TRANSLATE_NOOP(
        "Problem", "stap van de rondleiding toont onbekend onderdeel '{id}'"
    ),
    Code.PLATE_INCOMPLETE: QT_TRANSLATE_NOOP("Problem", "de plaat is onvolledig"),
    Code.PLATE_ID_TAKEN: QT_TRANSLATE_NOOP(
        "Problem", "plaat-id '{id}' wordt ook gebruikt door {other}"
    ),
    Code.LINK_UNRESOLVED: QT_TRANSLATE_NOOP(
        "Problem", "verband '{id}' wijst naar '{target}', maar geen geladen plaat heeft dat"
    ),
    Code.NOTHING_TO_PLACE: QT_TRANSLATE_NOOP(
        "Problem", "het bestand heeft geen onderdelen om te plaatsen"
    ),
    Code.POSITIONS_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Problem", "de posities konden niet worden geschreven voor: {ids}"
    ),
    Code.EXPORT_TOO_BIG: QT_TRANSLATE_NOOP(
        "Problem",
        "de afbeelding zou {width} × {height} pixels worden, te groot om te maken; "
        "kies een kleinere breedte of exporteer als SVG of PDF",
    ),
    Code.EXPORT_IMAGE_FAILED: QT_TRANSLATE_NOOP(
        "Problem", "de afbeelding kon niet worden gemaakt (te groot?)"
    ),
    Code.EXPORT_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Problem", "kon niet worden geschreven (map bestaat niet of is alleen-lezen?)"
    ),
    Code.EXPORT_WRITE_FAILED: QT_TRANSLATE_NOOP("Problem", "kon niet worden geschreven ({reason})"),
    Code.EXPORT_SVG_FAILED: QT_TRANSLATE_NOOP("Problem", "de SVG kon niet worden gemaakt"),
    Code.EXPORT_UNKNOWN_FORMAT: QT_TRANSLATE_NOOP("Problem", "onbekend formaat: {format}"),
    Code.EXPORT_UNKNOWN_TOUR_FORMAT: QT_TRANSLATE_NOOP(
        "Problem", "onbekend formaat voor een rondleiding: {format}"
    ),
    Code.EXPORT_PAGE_BROKEN: QT_TRANSLATE_NOOP(
        "Problem", "het script of de stijl sluit zichzelf af"
    ),
    Code.SVG_VIEWBOX: QT_TRANSLATE_NOOP("Problem", "viewBox is geen getal"),
    Code.SVG_INVALID: QT_TRANSLATE_NOOP("Problem", "geen geldige SVG: {detail}"),
    Code.SVG_NOT: QT_TRANSLATE_NOOP("Problem", "geen SVG"),
    Code.FONT_SHORT: QT_TRANSLATE_NOOP("Problem", "te kort voor een lettertype"),
    Code.FONT_NOT: QT_TRANSLATE_NOOP("Problem", "geen OpenType- of TrueType-lettertype"),
    Code.FONT_TABLE: QT_TRANSLATE_NOOP("Problem", "tabel valt buiten het bestand"),
    Code.SESSION_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Problem", "het bestand is te groot voor een werksessie"
    ),
    Code.NUMBER_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Problem", "het bestand bevat een getal dat te groot is"
    ),
    Code.SESSION_DAMAGED: QT_TRANSLATE_NOOP(
        "Problem", "het bestand is beschadigd of onvolledig (regel {line})"
    ),
    Code.NOT_A_SESSION: QT_TRANSLATE_NOOP("Problem", "dit is geen werksessie van Overzichtsplaten"),
    Code.SESSION_NEWER: QT_TRANSLATE_NOOP(
        "Problem",
        "gemaakt met een nieuwere versie van het programma (formaat {version}); "
        "werk het programma bij",
    ),
    Code.SHOULD_BE: QT_TRANSLATE_NOOP("Problem", "{where} hoort {kind} te zijn"),
    Code.KIND_TEXT: QT_TRANSLATE_NOOP("Problem", "tekst"),
    Code.KIND_LIST: QT_TRANSLATE_NOOP("Problem", "een lijst"),
    Code.KIND_TABLE: QT_TRANSLATE_NOOP("Problem", "een tabel"),
    Code.KIND_NUMBER: QT_TRANSLATE_NOOP("Problem", "een getal"),
    Code.AT_THE_FILE: QT_TRANSLATE_NOOP("Problem", "het bestand"),
    Code.AT_PLATE: QT_TRANSLATE_NOOP("Problem", "plaat {id}"),
    Code.AT_POINT: QT_TRANSLATE_NOOP("Problem", "punt"),
    Code.AT_NAME: QT_TRANSLATE_NOOP("Problem", "naam"),
    Code.AT_ROLE: QT_TRANSLATE_NOOP("Problem", "rol"),
    Code.AT_COLLEAGUE: QT_TRANSLATE_NOOP("Problem", "collega"),
    Code.AT_PARTICIPANT: QT_TRANSLATE_NOOP("Problem", "deelnemer"),
}

# Codes whose text has no words of its own, only the pieces it joins: the same in
# every language ("onderdeel 'x': label").
NO_WORDS = frozenset({Code.IN_KEY, Code.OS_TEXT, Code.SIZE_BAD})


def same(context: str, text: str) -> str:
    return text


def dutch_number(value: int) -> str:
    """20.000, as Dutch writes it."""
    return f"{value:,}".replace(",", ".")


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong, as a code and its parameters; `str()` gives the Dutch text."""

    code: Code
    args: tuple[tuple[str, str | int | float | Problem], ...] = ()

    @classmethod
    def of(cls, code: Code, **args: str | int | float | Problem) -> Problem:
        return cls(code, tuple(args.items()))

    @property
    def params(self) -> dict[str, str | int | float | Problem]:
        return dict(self.args)

    def text(self, translate: Translate = same, number: Callable[[int], str] = dutch_number) -> str:
        """The text in the language `translate` gives (Dutch without one); a parameter that
        is a problem itself is put into words the same way, numbers by `number`."""
        values = {name: _shown(value, translate, number) for name, value in self.args}
        template = translate(CONTEXT, TEXTS[self.code])
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return TEXTS[self.code].format(**values)

    def __str__(self) -> str:
        return self.text()


def _shown(
    value: str | int | float | Problem, translate: Translate, number: Callable[[int], str]
) -> str:
    if isinstance(value, Problem):
        return value.text(translate, number)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, float):
        return number(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"
    return value


# --- the system's error numbers --------------------------------------------------------------
_BY_ERRNO = {
    "ENOSPC": Code.OS_ENOSPC,
    "EDQUOT": Code.OS_EDQUOT,
    "EROFS": Code.OS_EROFS,
    "EACCES": Code.OS_EACCES,
    "EPERM": Code.OS_EACCES,
    "EFBIG": Code.OS_EFBIG,
    "ENOENT": Code.OS_ENOENT,
    "EISDIR": Code.OS_EISDIR,
    "ENOTDIR": Code.OS_ENOTDIR,
    "EEXIST": Code.OS_EEXIST,
    "ELOOP": Code.OS_ELOOP,
    "ENAMETOOLONG": Code.OS_ENAMETOOLONG,
    "EINVAL": Code.OS_EINVAL,
    "EIO": Code.OS_EIO,
    "EMFILE": Code.OS_EMFILE,
    "ENFILE": Code.OS_EMFILE,
    "ENXIO": Code.OS_ENXIO,
    "ENODEV": Code.OS_ENXIO,
    "ETXTBSY": Code.OS_BUSY,
    "EAGAIN": Code.OS_EAGAIN,
    "ENOMEM": Code.OS_ENOMEM,
    "ESTALE": Code.OS_ESTALE,
}


_SHARING_VIOLATIONS = {32, 33}  # Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def os_reason(error: OSError) -> Problem:
    """Why a file could not be read or written, by the system's error number (the
    system's own text is English); an error that carries a problem gives that one."""
    given = getattr(error, "reason", None)
    if isinstance(given, Problem):
        return given  # SaveError and UnsafeFileError carry theirs
    if error.errno == errno.EBUSY or getattr(error, "winerror", None) in _SHARING_VIOLATIONS:
        return Problem.of(Code.OS_BUSY)
    name = errno.errorcode.get(error.errno or 0, "")
    if name in _BY_ERRNO:
        return Problem.of(_BY_ERRNO[name])
    if error.errno is None and error.args:
        first = error.args[0]
        return first if isinstance(first, Problem) else Problem.of(Code.OS_TEXT, text=str(first))
    return Problem.of(Code.OS_OTHER, name=name or str(error.errno))
