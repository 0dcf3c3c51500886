//! A selection in a list plus the first row shown, kept so that scrolling moves the view
//! as little as possible (the view does not jump when the selection moves inside it).

/// Selected item and scroll offset of a list of single-row items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves by `delta` items, stopping at either end.
    pub fn step(&mut self, delta: isize, len: usize) {
        let last = len.saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn first(&mut self) {
        self.selected = 0;
    }

    pub fn last(&mut self, len: usize) {
        self.selected = len.saturating_sub(1);
    }

    /// Keeps the selection inside a list that may have shrunk.
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        self.offset = self.offset.min(len.saturating_sub(1));
    }

    /// Scrolls so that the selection shows in a view `height` rows high.
    pub fn fit(&mut self, len: usize, height: usize) {
        self.offset = offset_showing(self.offset, self.selected, len, height);
    }
}

/// The offset closest to `offset` that shows row `row` of `len` in `height` rows, without
/// leaving empty rows at the end when the list could fill them.
pub fn offset_showing(offset: usize, row: usize, len: usize, height: usize) -> usize {
    if height == 0 {
        return offset.min(row);
    }
    let mut offset = offset.min(len.saturating_sub(height));
    if row < offset {
        offset = row;
    } else if row >= offset + height {
        offset = row + 1 - height;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_follows_the_selection_minimally() {
        let mut c = Cursor::default();
        for _ in 0..7 {
            c.step(1, 10);
            c.fit(10, 5);
        }
        assert_eq!((c.selected, c.offset), (7, 3));
        c.step(-2, 10);
        c.fit(10, 5);
        assert_eq!((c.selected, c.offset), (5, 3));
        c.step(-100, 10);
        c.fit(10, 5);
        assert_eq!((c.selected, c.offset), (0, 0));
        c.last(10);
        c.fit(10, 0);
        assert_eq!(c.selected, 9);
        c.clamp(0);
        assert_eq!((c.selected, c.offset), (0, 0));
    }
}
