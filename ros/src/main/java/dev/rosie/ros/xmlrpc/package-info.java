/**
 * XML-RPC, the envelope of ROS 1's master and slave APIs, on the JDK's own HTTP server and client
 * and its StAX parser. Apache XML-RPC 3.1.3, the only Java XML-RPC library on Maven Central, is
 * retired to the Apache Attic and carries unfixed deserialisation flaws (CVE-2016-5003,
 * CVE-2019-17570) that a hostile peer on the ROS network could reach; the subset ROS uses (int,
 * boolean, double, string, array, struct) is small enough to encode here, with DTDs and external
 * entities switched off.
 */
package dev.rosie.ros.xmlrpc;
