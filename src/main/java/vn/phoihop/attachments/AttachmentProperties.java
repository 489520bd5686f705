package vn.phoihop.attachments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code phoihop.attachments.*}.
 *
 * @param maxSize the largest file a form or a record accepts; {@code spring.servlet.multipart}
 *                must allow at least this much (application.yml)
 */
@ConfigurationProperties("phoihop.attachments")
public record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize) {
}
