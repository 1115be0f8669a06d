package dev.sse.app.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private final List<String> log = new ArrayList<>();

    private Command step(String name) {
        return new Command() {
            @Override public String name() { return name; }
            @Override public void execute() { log.add("do " + name); }
            @Override public void undo() { log.add("undo " + name); }
        };
    }

    @Test
    void undoAndRedoReplayInOrder() {
        CommandStack stack = new CommandStack();
        stack.execute(step("a"));
        stack.execute(step("b"));
        stack.undo();
        stack.undo();
        stack.redo();
        assertThat(log).containsExactly("do a", "do b", "undo b", "undo a", "do a");
        assertThat(stack.undoName()).contains("a");
        assertThat(stack.redoName()).contains("b");
        assertThat(stack.revision()).isEqualTo(5);
    }

    @Test
    void aNewCommandClearsRedoAndDepthIsBounded() {
        CommandStack stack = new CommandStack(2);
        stack.execute(step("a"));
        stack.execute(step("b"));
        stack.execute(step("c"));
        stack.undo();
        stack.execute(step("d"));
        assertThat(stack.canRedo()).isFalse();
        stack.undo();
        stack.undo();
        assertThat(stack.canUndo()).isFalse();
        assertThat(log).containsExactly("do a", "do b", "do c", "undo c", "do d", "undo d", "undo b");
    }

    @Test
    void aCommandCannotPushWhileRunning() {
        CommandStack stack = new CommandStack();
        Command nested = new Command() {
            @Override public String name() { return "nested"; }
            @Override public void execute() { stack.execute(step("inner")); }
            @Override public void undo() { }
        };
        assertThatThrownBy(() -> stack.execute(nested)).isInstanceOf(IllegalStateException.class);
    }
}
