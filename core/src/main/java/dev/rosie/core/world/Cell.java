package dev.rosie.core.world;

/** A cell index in an {@link OccupancyGrid}: column {@code ix}, row {@code iy} (row 0 at the origin). */
public record Cell(int ix, int iy) {

    /**
     * Mixed, not the record default ({@code 31 * ix + iy}): that maps a room's ten thousand cells
     * onto a few thousand dense values, and {@code Set.copyOf} (open addressing, linear probing)
     * then takes quadratic time: building one cleaning run of a living room took a fifth of a
     * second. Mixing the packed pair (a 64-bit finaliser) spreads neighbouring cells apart.
     */
    @Override
    public int hashCode() {
        long k = ((long) ix << 32) ^ (iy & 0xFFFF_FFFFL);
        k ^= k >>> 33;
        k *= 0xFF51_AFD7_ED55_8CCDL;
        k ^= k >>> 33;
        k *= 0xC4CE_B9FE_1A85_EC53L;
        k ^= k >>> 33;
        return (int) k ^ (int) (k >>> 32);
    }
}
