package org.rebook.ui.reservations;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The selected evidence record, readable, with the values Rebook took from it highlighted. */
final class EvidenceCard extends TextFlow {
    /** Long mails are cut: the card is for recognising the record; the raw dialog has all of it. */
    private static final int MAX_CHARS = 2_500;

    EvidenceCard() {
        setId("evidenceCard");
        getStyleClass().add("evidence-card");
    }

    void show(CardText card) {
        getChildren().clear();
        if (card == null) return;
        String text = card.text().length() > MAX_CHARS ? card.text().substring(0, MAX_CHARS) + "\n…" : card.text();
        int at = 0;
        for (CardText.Hit h : card.hits()) {
            if (h.end() > text.length()) break;
            if (h.start() > at) getChildren().add(new Text(text.substring(at, h.start())));
            Label hit = new Label(text.substring(h.start(), h.end()));
            hit.getStyleClass().add("span-hit");
            hit.setTooltip(new Tooltip("gave " + h.field().replace('_', ' ')));
            getChildren().add(hit);
            at = h.end();
        }
        if (at < text.length()) getChildren().add(new Text(text.substring(at)));
    }
}
