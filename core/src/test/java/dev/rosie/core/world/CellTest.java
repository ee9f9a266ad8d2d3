package dev.rosie.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellTest {

    @Test
    void should_hash_equal_cells_equally() {
        assertThat(new Cell(3, -7)).isEqualTo(new Cell(3, -7)).hasSameHashCodeAs(new Cell(3, -7));
        assertThat(new Cell(3, -7)).isNotEqualTo(new Cell(-7, 3));
    }

    @Test
    void should_give_a_block_of_neighbouring_cells_distinct_hash_codes() {
        // The record default, 31 * ix + iy, gives this block only 256 * 31 + 256 distinct values.
        Set<Integer> hashes = new HashSet<>();
        for (int ix = 0; ix < 256; ix++) {
            for (int iy = 0; iy < 256; iy++) {
                hashes.add(new Cell(ix, iy).hashCode());
            }
        }
        assertThat(hashes).hasSizeGreaterThan(65_000);
    }

    @Test
    void should_copy_a_room_of_cells_into_an_immutable_set() {
        Set<Cell> room = new HashSet<>();
        for (int ix = 0; ix < 140; ix++) {
            for (int iy = 40; iy < 130; iy++) {
                room.add(new Cell(ix, iy));
            }
        }
        assertThat(Set.copyOf(room)).hasSize(140 * 90).contains(new Cell(70, 85));
    }
}
