package vn.phoihop.documents;

import java.util.Map;

/**
 * Names the JDK's own XML factories for JAXP, where nobody named others. Without a name JAXP looks
 * through every jar's {@code META-INF/services} at each {@code newInstance}, and POI asks for a
 * {@code TransformerFactory} at every save of a Word or Excel file, openhtmltopdf for a SAX parser at
 * every PDF: 4 % of the CPU that writing a commendation decision's files took, for a lookup that
 * always ends at the JDK's factory, since none of the product's jars provides one
 * (JdkXmlFactoriesTest checks that the JDK's default is what is named).
 */
final class JdkXmlFactories {

    static final Map<String, String> DEFAULTS = Map.of(
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");

    private JdkXmlFactories() {
    }

    static void name() {
        DEFAULTS.forEach(System.getProperties()::putIfAbsent);
    }
}
