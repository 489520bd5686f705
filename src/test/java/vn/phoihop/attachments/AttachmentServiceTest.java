package vn.phoihop.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;
import vn.phoihop.security.PortalUser;

/** The file checks alone, with a small size limit; storage through the web is in the instance tests. */
class AttachmentServiceTest {

    private final AttachmentRepository repository = mock(AttachmentRepository.class);
    private final AttachmentService service = new AttachmentService(repository, DataSize.ofBytes(64));
    private final PortalUser user = new PortalUser("px05", "Trần Minh Khang", List.of("px05"));

    @Test
    void fileOverTheConfiguredLimitIsRefusedWithTheLimitInTheMessage() {
        var big = new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[65]);
        assertThatThrownBy(() -> service.store(user, "pi", null, null, big))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> {
                    assertThat(e.getMessageCode()).isEqualTo("attachment.error.tooLarge");
                    assertThat(e.getMessageArguments()).containsExactly(1L);
                });
        verify(repository, never()).save(ArgumentMatchers.any());
    }

    @Test
    void fileAtTheLimitIsStoredWithHashAndCleanName() {
        byte[] pdf = java.util.Arrays.copyOf(TestFiles.pdf(), 64);
        AttachmentInfo info = service.store(user, "pi", " ", "dossier", new MockMultipartFile("file", "C:\\Users\\a\\Tờ trình.pdf", "text/html", pdf));
        assertThat(info.fileName()).isEqualTo("Tờ trình.pdf");
        assertThat(info.contentType()).as("from the content, not the browser").isEqualTo("application/pdf");
        assertThat(info.taskId()).isNull();
        assertThat(info.fieldKey()).isEqualTo("dossier");
        assertThat(info.sizeBytes()).isEqualTo(64);
        assertThat(info.sha256()).hasSize(64).matches("[0-9a-f]+");
        verify(repository).save(ArgumentMatchers.any());
    }

    @Test
    void typesAreRecognisedByContentAndMustAgreeWithTheName() {
        assertThat(AttachmentType.of("a.pdf", TestFiles.pdf())).contains(AttachmentType.PDF);
        assertThat(AttachmentType.of("a.PNG", TestFiles.png())).contains(AttachmentType.PNG);
        assertThat(AttachmentType.of("a.jpeg", TestFiles.jpg())).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.of("a.docx", TestFiles.docx())).contains(AttachmentType.DOCX);
        assertThat(AttachmentType.of("a.xlsx", TestFiles.xlsx())).contains(AttachmentType.XLSX);

        assertThat(AttachmentType.of("a.pdf", TestFiles.png())).isEmpty();
        assertThat(AttachmentType.of("a.xlsx", TestFiles.docx())).isEmpty();
        assertThat(AttachmentType.of("a.docx", TestFiles.zip("word/document.xml"))).as("no [Content_Types].xml").isEmpty();
        assertThat(AttachmentType.of("a.docx", TestFiles.zip("[Content_Types].xml", "other/x.xml"))).isEmpty();
        assertThat(AttachmentType.of("a.zip", TestFiles.docx())).isEmpty();
        assertThat(AttachmentType.of("a.exe", new byte[] {'M', 'Z', 0, 0})).isEmpty();
        assertThat(AttachmentType.of("a.pdf", new byte[] {'%', 'P'})).isEmpty();
        assertThat(AttachmentType.of("a.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3})).as("broken zip").isEmpty();
    }

    @Test
    void fileNamesKeepOnlyASafeBaseName() {
        assertThat(FileNames.clean("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(FileNames.clean("..\\..\\windows\\a.docx")).isEqualTo("a.docx");
        assertThat(FileNames.clean("bad\r\nname\u0000.pdf")).isEqualTo("badname.pdf");
        assertThat(FileNames.clean("..")).isEmpty();
        assertThat(FileNames.clean(null)).isEmpty();
        String longName = "ả".repeat(300) + ".xlsx";
        assertThat(FileNames.clean(longName)).hasSize(200).endsWith("ả.xlsx");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> service.store(user, "pi", null, null, new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[0])))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.getMessageCode()).isEqualTo("attachment.error.empty"));
    }
}
