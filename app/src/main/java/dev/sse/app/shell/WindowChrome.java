package dev.sse.app.shell;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The layout of the main window's parts: menus and toolbar on top, the graph over the timeline in the centre, the
 * inspector on the right, the status bar below; a dock under the graph (tour captions) and presenter mode's hidden
 * chrome.
 */
final class WindowChrome {

    private static final double INSPECTOR_DIVIDER = 0.76;

    private final BorderPane root = new BorderPane();
    private final BorderPane graphArea;
    private final MenuBar menus;
    private final SplitPane split;
    /** Graph, docked panels (the node tables, issue 23), timeline: top to bottom. */
    private final SplitPane centre;
    private final Region status;

    WindowChrome(MenuBar menus, Node toolBar, Node graph, Node timeline, Node inspector, Region status) {
        this.menus = menus;
        this.status = status;
        this.graphArea = new BorderPane(graph);
        root.setTop(new VBox(menus, toolBar));
        centre = new SplitPane(graphArea, timeline);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(timeline, false);
        split = new SplitPane(centre, inspector);
        split.setDividerPositions(INSPECTOR_DIVIDER);
        SplitPane.setResizableWithParent(inspector, false);
        root.setCenter(split);
        root.setBottom(status);
    }

    BorderPane root() {
        return root;
    }

    /** Docks {@code panel} under the graph, above the timeline, or takes it away ({@code show} false). */
    void dockUnderGraph(javafx.scene.Node panel, boolean show) {
        centre.getItems().remove(panel);
        if (show) {
            centre.getItems().add(1, panel);
            centre.setDividerPositions(0.55, 0.85);
        }
    }

    /** Docks a panel under the graph, above the timeline (the tour captions); null removes it. */
    void dockAboveTimeline(Node panel) {
        graphArea.setBottom(panel);
    }

    /** Adds a menu before Help. */
    void addMenu(Menu menu) {
        menus.getMenus().add(menus.getMenus().size() - 1, menu);
    }

    /** Shows or hides menus, toolbar, inspector and status bar (presenter mode). */
    void setChromeVisible(boolean visible) {
        root.getTop().setVisible(visible);
        root.getTop().setManaged(visible);
        status.setVisible(visible);
        status.setManaged(visible);
        Node inspectorPane = split.getItems().get(1);
        inspectorPane.setVisible(visible);
        inspectorPane.setManaged(visible);
        split.setDividerPositions(visible ? INSPECTOR_DIVIDER : 1.0);
    }
}
