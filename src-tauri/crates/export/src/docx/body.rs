//! The body of the document, part by part, in the PDF's order.

use docx_rs::{
    Docx, IndentLevel, LineSpacing, NumberingId, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders,
};

use super::styles::{self, BLUE, BULLETS, DARK_BLUE, GREY};
use super::tables::{DataTable, LabelBox};
use super::text::{self, directed};
use super::Ids;
use crate::{Block, LessonLine, PersonLine, Record, StepRecord, TimingRow};

/// `docx` with the body of `record` added, its paragraphs numbered by `ids`.
pub(super) fn write(docx: Docx, ids: &mut Ids, record: &Record) -> Docx {
    let mut writer = Writer { docx, ids };
    writer.record(record);
    writer.docx
}

struct Writer<'a> {
    docx: Docx,
    ids: &'a mut Ids,
}

impl Writer<'_> {
    fn record(&mut self, record: &Record) {
        self.title_block(record);
        self.participants(record);
        for step in &record.steps {
            self.step(step);
        }
        self.actions(record);
        if !record.lessons.is_empty() {
            self.heading(1, "Lessons");
            for (i, lesson) in record.lessons.iter().enumerate() {
                self.lesson(i + 1, lesson);
            }
        }
        if !record.parking_lot.is_empty() {
            self.heading(1, "Parking lot");
            for item in &record.parking_lot {
                self.bullet(item);
            }
        }
        self.timings(record);
        for section in &record.sections {
            self.heading(1, &section.heading);
            for block in &section.blocks {
                self.block(block);
            }
        }
    }

    /// A heavy blue rule, the technique's name small in blue, the title, then the facts and
    /// the purpose in a pale blue box.
    fn title_block(&mut self, record: &Record) {
        let mut kicker = self
            .ids
            .paragraph()
            .add_run(text::run(&record.technique).bold().size(20).color(BLUE))
            .line_spacing(LineSpacing::new().before(0).after(40))
            .keep_next(true);
        kicker.property = kicker.property.set_borders(
            ParagraphBorders::with_empty().set(
                ParagraphBorder::new(ParagraphBorderPosition::Top)
                    .size(24)
                    .space(10)
                    .color(BLUE),
            ),
        );
        self.push(directed(kicker, &record.technique));
        let title = self
            .ids
            .paragraph()
            .style("Title")
            .add_run(text::run(&record.title));
        self.push(directed(title, &record.title));
        if record.facts.is_empty() && record.purpose.is_none() {
            return;
        }
        let facts = LabelBox {
            rows: record
                .facts
                .iter()
                .map(|f| (f.label.as_str(), f.value.as_str()))
                .collect(),
            tail: record
                .purpose
                .as_ref()
                .map(|p| (p.label.as_str(), p.value.as_str())),
            fill: Some(styles::HEADER_FILL),
            stripe: 24,
        }
        .build(self.ids);
        self.docx = std::mem::take(&mut self.docx).add_table(facts);
        let spacer = self
            .ids
            .paragraph()
            .line_spacing(LineSpacing::new().before(0).after(60));
        self.push(spacer);
    }

    fn participants(&mut self, record: &Record) {
        self.heading(1, "Participants");
        match &record.participants {
            Some(people) if !people.is_empty() => self.people(people),
            Some(_) => self.quiet("No participants were recorded."),
            None => {
                let n = record.participant_count;
                let line = if n == 1 {
                    "1 participant (name left out)".to_owned()
                } else {
                    format!("{n} participants (names left out)")
                };
                self.plain(&line);
            }
        }
    }

    /// A table as in the PDF: the organisation and role columns only when someone has one.
    fn people(&mut self, people: &[PersonLine]) {
        let with_organisation = people.iter().any(|p| !p.organisation.trim().is_empty());
        let with_role = people.iter().any(|p| !p.role.trim().is_empty());
        let mut header = vec!["Name".to_owned()];
        let mut widths = vec![0.4];
        if with_organisation {
            header.push("Team or organisation".to_owned());
            widths.push(0.35);
        }
        if with_role {
            header.push("Role".to_owned());
            widths.push(0.25);
        }
        let share: f64 = widths.iter().sum();
        let widths: Vec<f64> = widths.iter().map(|w| w / share).collect();
        let rows: Vec<Vec<String>> = people
            .iter()
            .map(|p| {
                let mut row = vec![p.name.trim().to_owned()];
                if with_organisation {
                    row.push(p.organisation.trim().to_owned());
                }
                if with_role {
                    row.push(p.role.trim().to_owned());
                }
                row
            })
            .collect();
        self.table(DataTable {
            header: &header,
            rows: &rows,
            widths: &widths,
            right: &[],
            total: None,
        });
    }

    fn step(&mut self, step: &StepRecord) {
        self.heading(2, &step.title);
        for prompt in &step.prompts {
            let paragraph = self
                .ids
                .paragraph()
                .add_run(text::run(prompt).italic().color(GREY));
            self.push(directed(paragraph, prompt));
        }
        for question in &step.questions {
            let paragraph = self
                .ids
                .paragraph()
                .add_run(text::run(&question.text).bold())
                .line_spacing(LineSpacing::new().before(120).after(60))
                .keep_next(true);
            self.push(directed(paragraph, &question.text));
            if question.notes.is_empty() {
                self.quiet("No notes.");
            }
            for note in &question.notes {
                self.bullet(note);
            }
        }
        if !step.notes.is_empty() {
            if !step.questions.is_empty() {
                let label = self
                    .ids
                    .paragraph()
                    .add_run(text::run("Other notes").bold().color(GREY))
                    .line_spacing(LineSpacing::new().before(120).after(60))
                    .keep_next(true);
                self.push(label);
            }
            for note in &step.notes {
                self.bullet(note);
            }
        }
    }

    fn actions(&mut self, record: &Record) {
        self.heading(1, "Actions");
        if record.actions.is_empty() {
            self.quiet("No actions were agreed.");
            return;
        }
        let header = ["What", "Owner", "Due", "Status"].map(String::from);
        let rows: Vec<Vec<String>> = record
            .actions
            .iter()
            .map(|a| {
                // As in the PDF: a dash where no date was set.
                let due = if a.due.trim().is_empty() {
                    "\u{2014}"
                } else {
                    &a.due
                };
                vec![
                    a.what.clone(),
                    a.owner.clone(),
                    due.to_owned(),
                    a.status.clone(),
                ]
            })
            .collect();
        self.table(DataTable {
            header: &header,
            rows: &rows,
            widths: &[0.5, 0.22, 0.15, 0.13],
            right: &[],
            total: None,
        });
    }

    /// "Lesson N", then its parts by label beside a blue stripe.
    fn lesson(&mut self, n: usize, lesson: &LessonLine) {
        let title = self
            .ids
            .paragraph()
            .add_run(
                text::run(&if lesson.title.trim().is_empty() {
                    format!("Lesson {n}")
                } else {
                    format!("Lesson {n}: {}", lesson.title)
                })
                .bold()
                .color(DARK_BLUE),
            )
            .line_spacing(LineSpacing::new().before(120).after(80))
            .keep_next(true);
        self.push(title);
        let tags = lesson.tags.join(", ");
        let rows = [
            ("What happened", lesson.what_happened.as_str()),
            ("Why", lesson.why.as_str()),
            ("Learning", lesson.learning.as_str()),
            ("Recommendation", lesson.recommendation.as_str()),
            ("Tags", tags.as_str()),
        ]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .collect();
        let table = LabelBox {
            rows,
            tail: None,
            fill: None,
            stripe: 16,
        }
        .build(self.ids);
        self.docx = std::mem::take(&mut self.docx).add_table(table);
        let spacer = self
            .ids
            .paragraph()
            .line_spacing(LineSpacing::new().before(0).after(0));
        self.push(spacer);
    }

    fn timings(&mut self, record: &Record) {
        let Some(timings) = &record.timings else {
            return;
        };
        self.heading(1, "Timings");
        let header = ["Step", "Planned", "Actual", "Difference"].map(String::from);
        let cells = |r: &TimingRow| {
            vec![
                r.step.clone(),
                r.planned.clone(),
                r.actual.clone(),
                r.difference.clone(),
            ]
        };
        let rows: Vec<Vec<String>> = timings.rows.iter().map(cells).collect();
        let total = cells(&timings.total);
        self.table(DataTable {
            header: &header,
            rows: &rows,
            widths: &[0.52, 0.16, 0.16, 0.16],
            right: &[false, true, true, true],
            total: Some(&total),
        });
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Subheading { text } => self.heading(3, text),
            Block::Paragraph { text } => {
                for line in text::paragraphs(text) {
                    self.plain(&line);
                }
            }
            Block::Bullets { items } => {
                for item in items {
                    self.bullet(item);
                }
            }
            // As in the PDF, a table with neither header nor rows is left out.
            Block::Table { header, rows } if header.is_empty() && rows.is_empty() => {}
            Block::Table { header, rows } => self.table(DataTable {
                header,
                rows,
                widths: &[],
                right: &[],
                total: None,
            }),
        }
    }

    // The building blocks.

    fn push(&mut self, paragraph: Paragraph) {
        self.docx = std::mem::take(&mut self.docx).add_paragraph(paragraph);
    }

    fn heading(&mut self, level: usize, heading: &str) {
        let paragraph = self
            .ids
            .paragraph()
            .style(&format!("Heading{level}"))
            .add_run(text::run(heading));
        self.push(directed(paragraph, heading));
    }

    fn plain(&mut self, line: &str) {
        let paragraph = self.ids.paragraph().add_run(text::run(line));
        self.push(directed(paragraph, line));
    }

    /// A note about absence ("No notes."): grey italics, so it does not read as content.
    fn quiet(&mut self, line: &str) {
        let paragraph = self
            .ids
            .paragraph()
            .add_run(text::run(line).italic().color(GREY));
        self.push(paragraph);
    }

    fn bullet(&mut self, item: &str) {
        let paragraph = self
            .ids
            .paragraph()
            .add_run(text::run(item))
            .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
            .line_spacing(LineSpacing::new().before(0).after(60));
        self.push(directed(paragraph, item));
    }

    fn table(&mut self, table: DataTable<'_>) {
        let table = table.build(self.ids);
        self.docx = std::mem::take(&mut self.docx).add_table(table);
        // Word needs a paragraph between two tables, and the space reads better anyway.
        let after = self
            .ids
            .paragraph()
            .line_spacing(LineSpacing::new().before(0).after(60));
        self.push(after);
    }
}
