package dev.rosie.ros.xmlrpc;

import dev.rosie.core.RosieException;

/**
 * An XML-RPC call that did not produce a usable answer: the peer could not be reached (retriable),
 * answered with a fault, or sent something that is not XML-RPC (not retriable).
 */
public class XmlRpcException extends RosieException {
    public XmlRpcException(String message, boolean retriable) {
        super(message, retriable);
    }

    public XmlRpcException(String message, boolean retriable, Throwable cause) {
        super(message, retriable, cause);
    }
}
