package dev.rosie.ros.msg;

import java.util.Arrays;
import java.util.Objects;

/** {@code sensor_msgs/LaserScan}. Arrays are copied in and out, so a message never changes. */
public record LaserScan(Header header, float angleMin, float angleMax, float angleIncrement, float timeIncrement,
        float scanTime, float rangeMin, float rangeMax, float[] ranges, float[] intensities) {
    public static final MessageType<LaserScan> TYPE = MessageType.of("sensor_msgs/LaserScan", new MessageCodec<>() {
        @Override
        public void write(LaserScan s, MessageWriter out) {
            Header.CODEC.write(s.header, out);
            out.float32(s.angleMin).float32(s.angleMax).float32(s.angleIncrement).float32(s.timeIncrement)
                    .float32(s.scanTime).float32(s.rangeMin).float32(s.rangeMax)
                    .float32Array(s.ranges).float32Array(s.intensities);
        }

        @Override
        public LaserScan read(MessageReader in) {
            return new LaserScan(Header.CODEC.read(in), in.float32(), in.float32(), in.float32(), in.float32(),
                    in.float32(), in.float32(), in.float32(), in.float32Array(), in.float32Array());
        }
    });

    public LaserScan {
        Objects.requireNonNull(header, "header");
        ranges = ranges.clone();
        intensities = intensities.clone();
    }

    @Override
    public float[] ranges() {
        return ranges.clone();
    }

    @Override
    public float[] intensities() {
        return intensities.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LaserScan s && s.header.equals(header) && s.angleMin == angleMin && s.angleMax == angleMax
                && s.angleIncrement == angleIncrement && s.timeIncrement == timeIncrement && s.scanTime == scanTime
                && s.rangeMin == rangeMin && s.rangeMax == rangeMax && Arrays.equals(s.ranges, ranges)
                && Arrays.equals(s.intensities, intensities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, angleMin, angleMax, angleIncrement) * 31 + Arrays.hashCode(ranges);
    }

    @Override
    public String toString() {
        return "LaserScan[" + header + ", " + ranges.length + " ranges from " + angleMin + " rad by " + angleIncrement + "]";
    }
}
