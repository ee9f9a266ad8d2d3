package dev.rosie.ros.msg;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code sensor_msgs/Image}: {@code height} rows of {@code step} bytes each, pixels laid out as
 * {@code encoding} says ({@code rgb8}, {@code bgr8}, {@code mono8}...). The data is copied in and out.
 */
public record Image(Header header, long height, long width, String encoding, int isBigendian, long step, byte[] data) {
    public static final String RGB8 = "rgb8";
    public static final String BGR8 = "bgr8";

    public static final MessageType<Image> TYPE = MessageType.of("sensor_msgs/Image", new MessageCodec<>() {
        @Override
        public void write(Image i, MessageWriter out) {
            Header.CODEC.write(i.header, out);
            out.uint32(i.height).uint32(i.width).string(i.encoding).uint8(i.isBigendian).uint32(i.step).bytes(i.data);
        }

        @Override
        public Image read(MessageReader in) {
            return new Image(Header.CODEC.read(in), in.uint32(), in.uint32(), in.string(), in.uint8(), in.uint32(), in.bytes());
        }
    });

    public Image {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(encoding, "encoding");
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && i.header.equals(header) && i.height == height && i.width == width
                && i.encoding.equals(encoding) && i.isBigendian == isBigendian && i.step == step && Arrays.equals(i.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, height, width, encoding, step) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Image[" + width + "x" + height + " " + encoding + ", " + data.length + " bytes, " + header + "]";
    }
}
