//! Tables: label/value boxes with a blue stripe (the title block's facts, each lesson), and
//! ruled data tables with a pale blue header row (repeated on each page) and an optional
//! bold total row.

use docx_rs::{
    AlignmentType, LineSpacing, Paragraph, Shading, Table, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellBorder, TableCellBorderPosition, TableCellBorders,
    TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use super::styles::{BLUE, DARK_BLUE, HEADER_FILL, RULE, TEXT_WIDTH};
use super::{text, Ids};

/// Label/value rows in a box with a blue stripe down its left side, as in the PDF: the
/// title block's facts (on pale blue, with the purpose under its label), or a lesson.
pub(super) struct LabelBox<'a> {
    pub rows: Vec<(&'a str, &'a str)>,
    /// A label with paragraphs under it, spanning the box: the purpose.
    pub tail: Option<(&'a str, &'a str)>,
    pub fill: Option<&'a str>,
    /// The stripe's width in eighths of a point.
    pub stripe: usize,
}

impl LabelBox<'_> {
    pub(super) fn build(&self, ids: &mut Ids) -> Table {
        let widths = [2552, TEXT_WIDTH - 2552];
        let fill = |cell: TableCell| match self.fill {
            Some(fill) => cell.shading(Shading::new().fill(fill)),
            None => cell,
        };
        let mut rows: Vec<TableRow> = self
            .rows
            .iter()
            .map(|(label, value)| {
                TableRow::new(vec![
                    fill(cell(widths[0], cell_paragraph(ids, label, |r| r.bold()))),
                    fill(cell(widths[1], cell_paragraph(ids, value, |r| r))),
                ])
            })
            .collect();
        if let Some((label, value)) = self.tail {
            let mut cell = TableCell::new()
                .width(widths[0] + widths[1], WidthType::Dxa)
                .grid_span(2);
            let before = if self.rows.is_empty() { 0 } else { 100 };
            cell = cell.add_paragraph(
                cell_paragraph(ids, label, |r| r.bold())
                    .line_spacing(LineSpacing::new().before(before).after(40))
                    .keep_next(true),
            );
            let lines = text::paragraphs(value);
            let count = lines.len();
            for (i, line) in lines.iter().enumerate() {
                let after = if i + 1 == count { 0 } else { 80 };
                cell = cell.add_paragraph(
                    cell_paragraph(ids, line, |r| r)
                        .line_spacing(LineSpacing::new().before(0).after(after)),
                );
            }
            rows.push(TableRow::new(vec![fill(cell)]));
        }
        Table::new(rows)
            .set_borders(
                TableBorders::with_empty().set(
                    TableBorder::new(TableBorderPosition::Left)
                        .size(self.stripe)
                        .color(BLUE),
                ),
            )
            .set_grid(widths.to_vec())
            .width(widths[0] + widths[1], WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .margins(TableCellMargins::new().margin(50, 120, 50, 200))
    }
}

/// A data table, with a header row unless `header` is empty. `widths` are fractions of the
/// text width (they need not add up to one); columns whose `right` flag is set are
/// right-aligned (durations). Rows shorter than the
/// header are padded with empty cells.
pub(super) struct DataTable<'a> {
    pub header: &'a [String],
    pub rows: &'a [Vec<String>],
    pub widths: &'a [f64],
    pub right: &'a [bool],
    pub total: Option<&'a [String]>,
}

impl DataTable<'_> {
    pub(super) fn build(&self, ids: &mut Ids) -> Table {
        let columns = self
            .rows
            .iter()
            .map(Vec::len)
            .chain([self.header.len(), self.total.map_or(0, <[String]>::len)])
            .max()
            .unwrap_or(0)
            .max(1);
        let weights: Vec<f64> = (0..columns)
            .map(|i| self.widths.get(i).copied().unwrap_or(1.0).max(0.05))
            .collect();
        let sum: f64 = weights.iter().sum();
        let widths: Vec<usize> = weights
            .iter()
            .map(|w| (w / sum * TEXT_WIDTH as f64).floor() as usize)
            .collect();

        let mut rows = Vec::with_capacity(self.rows.len() + 2);
        if !self.header.is_empty() {
            let header_row = self.row(ids, &widths, self.header, Kind::Header);
            rows.push(header_row);
        }
        for row in self.rows {
            rows.push(self.row(ids, &widths, row, Kind::Body));
        }
        if let Some(total) = self.total {
            rows.push(self.row(ids, &widths, total, Kind::Total));
        }
        let rule = |position| TableBorder::new(position).size(4).color(RULE);
        Table::new(rows)
            .set_borders(
                TableBorders::with_empty()
                    .set(rule(TableBorderPosition::Top))
                    .set(rule(TableBorderPosition::Bottom))
                    .set(rule(TableBorderPosition::InsideH)),
            )
            .set_grid(widths)
            .width(TEXT_WIDTH, WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .margins(TableCellMargins::new().margin(60, 100, 60, 100))
    }

    fn row(&self, ids: &mut Ids, widths: &[usize], texts: &[String], kind: Kind) -> TableRow {
        let cells = widths
            .iter()
            .enumerate()
            .map(|(i, &width)| {
                let value = texts.get(i).map_or("", String::as_str);
                let mut paragraph = match kind {
                    Kind::Body => cell_paragraph(ids, value, |r| r),
                    Kind::Header => cell_paragraph(ids, value, |r| r.bold().color(DARK_BLUE)),
                    Kind::Total => cell_paragraph(ids, value, |r| r.bold()),
                };
                if self.right.get(i).copied().unwrap_or(false) {
                    paragraph = paragraph.align(AlignmentType::Right);
                }
                let cell = cell(width, paragraph);
                match kind {
                    Kind::Body => cell,
                    Kind::Header => cell.shading(Shading::new().fill(HEADER_FILL)),
                    Kind::Total => cell.set_borders(
                        TableCellBorders::with_empty().set(
                            TableCellBorder::new(TableCellBorderPosition::Top)
                                .size(8)
                                .color(DARK_BLUE),
                        ),
                    ),
                }
            })
            .collect();
        let row = TableRow::new(cells);
        // Only header rows may not split; the packager turns that mark into "repeat".
        match kind {
            Kind::Header => row.cant_split(),
            Kind::Body | Kind::Total => row,
        }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Header,
    Body,
    Total,
}

fn cell(width: usize, paragraph: Paragraph) -> TableCell {
    TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(paragraph)
}

/// A cell's one paragraph: `value` literally, formatted by `style`, without the space
/// after that body paragraphs have.
fn cell_paragraph(
    ids: &mut Ids,
    value: &str,
    style: impl Fn(docx_rs::Run) -> docx_rs::Run,
) -> Paragraph {
    let paragraph = ids
        .paragraph()
        .add_run(style(text::run(value)))
        .line_spacing(LineSpacing::new().before(0).after(0));
    text::directed(paragraph, value)
}
