//! The closed little world the PDF is typeset in: one template, one JSON file holding the
//! record, the four bundled Noto Sans faces, and nothing else: no file system, no system
//! fonts, no packages, no clock.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The template, kept with the other assets so it can be read and changed on its own.
const TEMPLATE: &str = include_str!("../../../../../assets/export/record.typ");

/// The template's own path in the virtual project.
const TEMPLATE_PATH: &str = "/record.typ";

/// Where the template finds the record, as `json("/record.json")`.
const RECORD_PATH: &str = "/record.json";

/// The bundled faces (SIL Open Font License, see assets/fonts/NOTICE-noto-fonts.txt).
const FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../../../../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../../../../assets/fonts/NotoSans-Italic.ttf"),
    include_bytes!("../../../../../assets/fonts/NotoSans-BoldItalic.ttf"),
];

/// The fonts, parsed once per run of the app: they never change.
static FONTS: LazyLock<Vec<Font>> = LazyLock::new(|| {
    FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect()
});

static BOOK: LazyLock<LazyHash<FontBook>> =
    LazyLock::new(|| LazyHash::new(FontBook::from_fonts(FONTS.iter())));

/// The standard library, without `sys.inputs`: the record comes in as a file.
static LIBRARY: LazyLock<LazyHash<Library>> =
    LazyLock::new(|| LazyHash::new(Library::builder().build()));

/// One export's world: the template and the record it is given.
pub(super) struct RecordWorld {
    main: Source,
    record: Bytes,
    record_id: FileId,
}

fn project_file(path: &str) -> FileResult<FileId> {
    let vpath =
        VirtualPath::new(path).map_err(|err| FileError::Other(Some(err.to_string().into())))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl RecordWorld {
    /// A world whose `/record.json` is `record_json`.
    pub(super) fn new(record_json: Vec<u8>) -> FileResult<Self> {
        let main_id = project_file(TEMPLATE_PATH)?;
        Ok(Self {
            main: Source::new(main_id, TEMPLATE.to_owned()),
            record: Bytes::new(record_json),
            record_id: project_file(RECORD_PATH)?,
        })
    }

    /// Whether the fonts were read: without them every glyph would be missing.
    pub(super) fn fonts_loaded() -> bool {
        FONTS.len() == FONT_FILES.len()
    }
}

impl World for RecordWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &BOOK
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(not_here(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.record_id {
            Ok(self.record.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.text().to_owned()))
        } else {
            Err(not_here(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.get(index).cloned()
    }

    /// No clock: the document is the same whenever it is made. The template never asks.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// Anything but the template and the record does not exist, packages included.
fn not_here(id: FileId) -> FileError {
    match id.root() {
        VirtualRoot::Package(spec) => FileError::Package(PackageError::NotFound(spec.clone())),
        VirtualRoot::Project => FileError::NotFound(id.vpath().get_without_slash().into()),
    }
}
