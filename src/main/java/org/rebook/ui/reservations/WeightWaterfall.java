package org.rebook.ui.reservations;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.rebook.model.EvidenceLink;
import org.rebook.model.LinkWeight;

/**
 * A link's comparisons as a waterfall: each bar starts where the previous one ended, green when it adds evidence,
 * red when it takes some away, and the last line is the total. Drawn with plain shapes, one row per comparison.
 */
final class WeightWaterfall extends VBox {
    private static final double SCALE_WIDTH = 130;

    WeightWaterfall() {
        setSpacing(2);
        setPadding(new Insets(4, 0, 4, 0));
        setId("waterfall");
    }

    void show(EvidenceLink link) {
        getChildren().clear();
        if (link == null || link.weights().isEmpty()) {
            if (link != null) getChildren().add(new Label("This record carries the booking reference the reservation is built on."));
            return;
        }
        List<LinkWeight> weights = link.weights();
        double min = 0;
        double max = 0;
        double running = 0;
        for (LinkWeight w : weights) {
            running += w.weight();
            min = Math.min(min, running);
            max = Math.max(max, running);
        }
        double span = Math.max(1, max - min);
        running = 0;
        for (LinkWeight w : weights) {
            double from = running;
            running += w.weight();
            getChildren().add(row(w.comparison(), w.weight(), from, running, min, span, w.weight() >= 0 ? "#2da44e" : "#cf222e"));
        }
        getChildren().add(row("total", running, 0, running, min, span, "#1f6feb"));
    }

    private static HBox row(String label, double weight, double from, double to, double min, double span, String colour) {
        Label name = new Label(label);
        name.setTooltip(new javafx.scene.control.Tooltip(label));
        name.setMinWidth(190);
        name.setMaxWidth(190);
        Label value = new Label(String.format(Locale.ROOT, "%+.1f", weight));
        value.setMinWidth(48);
        double left = (Math.min(from, to) - min) / span * SCALE_WIDTH;
        double width = Math.max(2, Math.abs(to - from) / span * SCALE_WIDTH);
        Rectangle bar = new Rectangle(width, 12);
        bar.setStyle("-fx-fill: " + colour + ";");
        bar.setLayoutX(left);
        bar.setLayoutY(3);
        Pane track = new Pane(bar);
        track.setMinWidth(SCALE_WIDTH + 4);
        track.setPrefWidth(SCALE_WIDTH + 4);
        Region fill = new Region();
        HBox.setHgrow(fill, Priority.ALWAYS);
        HBox box = new HBox(8, name, value, track, fill);
        box.getStyleClass().add("waterfall-row");
        return box;
    }
}
