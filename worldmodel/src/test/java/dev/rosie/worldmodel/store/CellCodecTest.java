package dev.rosie.worldmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.RosieException;
import dev.rosie.core.world.Cell;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellCodecTest {

    @Test
    void should_round_trip_cells_compactly() {
        Set<Cell> room = new HashSet<>();
        for (int iy = 40; iy < 130; iy++) {
            for (int ix = 0; ix < 140; ix++) {
                room.add(new Cell(ix, iy));
            }
        }
        byte[] blob = CellCodec.encode(room);
        assertThat(CellCodec.decode(blob)).isEqualTo(room);
        assertThat(blob.length).as("12,600 cells").isLessThan(room.size() * 8 / 50);
        assertThat(CellCodec.decode(CellCodec.encode(Set.of()))).isEmpty();
        Set<Cell> scattered = Set.of(new Cell(279, 0), new Cell(0, 229), new Cell(5, 5), new Cell(-3, 7));
        assertThat(CellCodec.decode(CellCodec.encode(scattered))).isEqualTo(scattered);
    }

    @Test
    void should_reject_a_corrupt_blob() {
        assertThatThrownBy(() -> CellCodec.decode(new byte[] {1, 2, 3})).isInstanceOf(RosieException.class);
        assertThatThrownBy(() -> CellCodec.decode(new byte[] {9})).isInstanceOf(RosieException.class);
    }
}
