package io.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionStatusTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            In work             | IN_PROGRESS
            klaar               | DONE
            in behandeling      | IN_PROGRESS
            完了                | DONE
            対応済み            | DONE
            対応中              | IN_PROGRESS
            未着手              | OPEN
            未完了              | OPEN
            Done                | DONE
            ✅                  | DONE
            Closed Complete     | DONE
            In progress         | IN_PROGRESS
            Not started         | OPEN
            Won't do            | WONT_DO
            To do               | OPEN
            Terminé             | DONE
            En cours            | IN_PROGRESS
            À faire             | OPEN
            Erledigt            | DONE
            In Bearbeitung      | IN_PROGRESS
            Offen               | OPEN
            Hecho               | DONE
            En curso            | IN_PROGRESS
            Pendiente           | OPEN
            Concluído           | DONE
            Em andamento        | IN_PROGRESS
            Fatto               | DONE
            In corso            | IN_PROGRESS
            Da fare             | OPEN
            Zrobione            | DONE
            W trakcie           | IN_PROGRESS
            Fait                | DONE
            Concluída           | DONE
            Abandonné           | WONT_DO
            ~~In progress~~ Done | DONE
            ~~Open~~ Won't fix  | WONT_DO
            """)
    void readsTheWaysTeamsWriteAStatus(String written, ActionStatus expected) {
        assertThat(ActionStatus.parse(written)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pas terminé
            nicht erledigt
            """)
    void aNegatedDoneIsNotDone(String written) {
        assertThat(ActionStatus.parse(written)).isNotEqualTo(java.util.Optional.of(ActionStatus.DONE));
    }

    @org.junit.jupiter.api.Test
    void frenchInFactIsNoStatus() {
        assertThat(ActionStatus.parse("en fait, voir le ticket")).isEmpty();
    }
}
