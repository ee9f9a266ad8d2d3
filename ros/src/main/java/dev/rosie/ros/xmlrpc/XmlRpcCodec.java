package dev.rosie.ros.xmlrpc;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Encodes and decodes XML-RPC documents. Values map to Java as: {@code int/i4} - {@link Integer},
 * {@code boolean} - {@link Boolean}, {@code double} - {@link Double}, {@code string} (or an untyped
 * value) - {@link String}, {@code array} - {@link List}, {@code struct} - {@link Map},
 * {@code base64} - {@code byte[]}; {@code dateTime.iso8601} stays a {@link String}. Stateless and
 * thread-safe.
 */
public final class XmlRpcCodec {
    private final XMLInputFactory factory;

    public XmlRpcCodec() {
        factory = XMLInputFactory.newFactory();
        // A peer on the ROS network is not trusted to make us read files or fetch URLs.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** A parsed {@code methodCall}. */
    public record Call(String method, List<Object> params) {
        public Call {
            params = List.copyOf(params);
        }
    }

    /** A parsed {@code methodResponse}: either a value or a fault. */
    public sealed interface Response permits Success, Fault {}

    public record Success(Object value) implements Response {}

    public record Fault(int code, String message) implements Response {}

    public String encodeCall(String method, List<?> params) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<methodCall><methodName>");
        escape(sb, method);
        sb.append("</methodName><params>");
        for (Object p : params) {
            sb.append("<param>");
            value(sb, p);
            sb.append("</param>");
        }
        return sb.append("</params></methodCall>\n").toString();
    }

    public String encodeResponse(Object value) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<methodResponse><params><param>");
        value(sb, value);
        return sb.append("</param></params></methodResponse>\n").toString();
    }

    public String encodeFault(int code, String message) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<methodResponse><fault>");
        value(sb, Map.of("faultCode", code, "faultString", message));
        return sb.append("</fault></methodResponse>\n").toString();
    }

    public Call decodeCall(String xml) {
        try {
            XMLStreamReader r = open(xml);
            expectStart(r, "methodCall");
            String method = null;
            List<Object> params = new ArrayList<>();
            while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "methodName" -> method = r.getElementText().trim();
                    case "params" -> {
                        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                            expectName(r, "param");
                            nextTag(r);
                            params.add(readValue(r));
                            nextTag(r); // </param>
                        }
                    }
                    default -> throw bad("unexpected <" + r.getLocalName() + "> in methodCall");
                }
            }
            if (method == null || method.isEmpty()) {
                throw bad("methodCall without a methodName");
            }
            return new Call(method, params);
        } catch (XMLStreamException e) {
            throw new XmlRpcException("malformed XML-RPC call: " + e.getMessage(), false, e);
        }
    }

    public Response decodeResponse(String xml) {
        try {
            XMLStreamReader r = open(xml);
            expectStart(r, "methodResponse");
            nextTag(r);
            switch (r.getLocalName()) {
                case "params" -> {
                    nextTag(r);
                    expectName(r, "param");
                    nextTag(r);
                    return new Success(readValue(r));
                }
                case "fault" -> {
                    nextTag(r);
                    if (readValue(r) instanceof Map<?, ?> m && m.get("faultCode") instanceof Integer code) {
                        return new Fault(code, String.valueOf(m.get("faultString")));
                    }
                    throw bad("a fault must be a struct with an int faultCode");
                }
                default -> throw bad("unexpected <" + r.getLocalName() + "> in methodResponse");
            }
        } catch (XMLStreamException e) {
            throw new XmlRpcException("malformed XML-RPC response: " + e.getMessage(), false, e);
        }
    }

    private XMLStreamReader open(String xml) throws XMLStreamException {
        return factory.createXMLStreamReader(new StringReader(xml));
    }

    /** Reads one {@code <value>}; the reader stands on its start tag and ends on its end tag. */
    private Object readValue(XMLStreamReader r) throws XMLStreamException {
        expectName(r, "value");
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString(); // an untyped value is a string
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    Object v = readTyped(r);
                    nextTag(r); // </value>
                    return v;
                }
                default -> { }
            }
        }
    }

    private Object readTyped(XMLStreamReader r) throws XMLStreamException {
        String type = r.getLocalName();
        return switch (type) {
            case "int", "i4" -> parseInt(r.getElementText());
            case "boolean" -> switch (r.getElementText().trim()) {
                case "1" -> true;
                case "0" -> false;
                default -> throw bad("boolean must be 0 or 1");
            };
            case "double" -> parseDouble(r.getElementText());
            case "string", "dateTime.iso8601" -> r.getElementText();
            case "base64" -> Base64.getMimeDecoder().decode(r.getElementText().trim());
            case "nil" -> {
                r.getElementText();
                yield "";
            }
            case "array" -> {
                nextTag(r);
                expectName(r, "data");
                List<Object> items = new ArrayList<>();
                while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                    items.add(readValue(r));
                }
                nextTag(r); // </array>
                yield items;
            }
            case "struct" -> {
                Map<String, Object> members = new LinkedHashMap<>();
                while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                    expectName(r, "member");
                    String name = null;
                    Object value = null;
                    while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                        if (r.getLocalName().equals("name")) {
                            name = r.getElementText();
                        } else {
                            value = readValue(r);
                        }
                    }
                    if (name == null) {
                        throw bad("struct member without a name");
                    }
                    members.put(name, value);
                }
                yield members;
            }
            default -> throw bad("unsupported XML-RPC type <" + type + ">");
        };
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw bad("not an int: '" + text + "'");
        }
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw bad("not a double: '" + text + "'");
        }
    }

    private static void expectStart(XMLStreamReader r, String name) throws XMLStreamException {
        nextTag(r);
        expectName(r, name);
    }

    private static void expectName(XMLStreamReader r, String name) {
        if (!r.isStartElement() || !r.getLocalName().equals(name)) {
            throw bad("expected <" + name + "> but found " + (r.isStartElement() ? "<" + r.getLocalName() + ">" : "end of element"));
        }
    }

    /** Skips whitespace and comments to the next start or end tag, returning its event type. */
    private static int nextTag(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.END_ELEMENT) {
                return e;
            }
            if ((e == XMLStreamConstants.CHARACTERS) && !r.isWhiteSpace()) {
                throw bad("unexpected text '" + r.getText().trim() + "'");
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    private static XmlRpcException bad(String why) {
        return new XmlRpcException("malformed XML-RPC: " + why, false);
    }

    private static void value(StringBuilder sb, Object v) {
        sb.append("<value>");
        switch (v) {
            case null -> sb.append("<string></string>");
            case Integer i -> sb.append("<int>").append(i).append("</int>");
            case Short s -> sb.append("<int>").append(s).append("</int>");
            case Long l -> {
                if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("XML-RPC ints are 32-bit; " + l + " does not fit");
                }
                sb.append("<int>").append(l).append("</int>");
            }
            case Boolean b -> sb.append("<boolean>").append(b ? 1 : 0).append("</boolean>");
            case Double d -> sb.append("<double>").append(d).append("</double>");
            case Float f -> sb.append("<double>").append(f.doubleValue()).append("</double>");
            case String s -> {
                sb.append("<string>");
                escape(sb, s);
                sb.append("</string>");
            }
            case byte[] bytes -> sb.append("<base64>").append(Base64.getEncoder().encodeToString(bytes)).append("</base64>");
            case List<?> list -> {
                sb.append("<array><data>");
                for (Object item : list) {
                    value(sb, item);
                }
                sb.append("</data></array>");
            }
            case Map<?, ?> map -> {
                sb.append("<struct>");
                for (Map.Entry<?, ?> m : map.entrySet()) {
                    sb.append("<member><name>");
                    escape(sb, String.valueOf(m.getKey()));
                    sb.append("</name>");
                    value(sb, m.getValue());
                    sb.append("</member>");
                }
                sb.append("</struct>");
            }
            default -> throw new IllegalArgumentException("cannot encode a " + v.getClass().getName() + " in XML-RPC");
        }
        sb.append("</value>");
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }
}
