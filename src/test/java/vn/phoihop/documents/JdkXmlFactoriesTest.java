package vn.phoihop.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;

import org.junit.jupiter.api.Test;

/**
 * Naming the factories must not change them: what is named is what JAXP's own lookup finds (no jar
 * provides another; a dependency that brings one fails this test, so that the naming is
 * reconsidered), and with the names set the lookup answers with it.
 */
class JdkXmlFactoriesTest {

    @Test
    void theNamedFactoriesAreTheOnesTheLookupWouldFind() {
        assertThat(ServiceLoader.load(TransformerFactory.class).findFirst()).as("a TransformerFactory from a jar").isEmpty();
        assertThat(ServiceLoader.load(SAXParserFactory.class).findFirst()).as("a SAXParserFactory from a jar").isEmpty();
        assertThat(JdkXmlFactories.DEFAULTS)
                .containsEntry(TransformerFactory.class.getName(), TransformerFactory.newDefaultInstance().getClass().getName())
                .containsEntry(SAXParserFactory.class.getName(), SAXParserFactory.newDefaultInstance().getClass().getName());
        JdkXmlFactories.name();
        assertThat(TransformerFactory.newInstance().getClass()).isEqualTo(TransformerFactory.newDefaultInstance().getClass());
        assertThat(SAXParserFactory.newInstance().getClass()).isEqualTo(SAXParserFactory.newDefaultInstance().getClass());
    }
}
