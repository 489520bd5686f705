package vn.phoihop.commendations;

import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.phoihop.portal.ProvinceClock;

/**
 * The files of issued decisions. They are made once, when the decision is issued
 * ({@link ProposalService#decide}, in the engine's transaction, so a rolled-back issue leaves no
 * file), and kept: a download serves the kept file, never a rebuild, so a later change of a
 * template or of an organisation's name does not change a signed decision. Decisions issued before
 * files were kept have none and are still built on the fly.
 */
@Service
public class DecisionFiles {

    private final DecisionFileRepository files;
    private final DecisionDrafts drafts;
    private final DecisionDocument docx;
    private final DecisionPdf pdf;

    DecisionFiles(DecisionFileRepository files, DecisionDrafts drafts, DecisionDocument docx, DecisionPdf pdf) {
        this.files = files;
        this.drafts = drafts;
        this.docx = docx;
        this.pdf = pdf;
    }

    /** Makes and keeps the Word file and the PDF of a proposal just issued; nothing for a refused one. */
    void keep(Proposal proposal) {
        drafts.of(proposal).ifPresent(content -> {
            keep(proposal, DecisionFormat.DOCX, content, docx.write(content));
            keep(proposal, DecisionFormat.PDF, content, pdf.write(content));
        });
    }

    /**
     * The decision's file: the kept one, or for a decision issued before files were kept one built
     * now. Empty when the proposal has no issued decision. The caller has checked the user may see it.
     */
    public Optional<DecisionFile> of(Proposal proposal, DecisionFormat format) {
        if (!proposal.isIssued()) {
            return Optional.empty();
        }
        return files.findById(proposal.id() + "." + format.extension())
                .or(() -> drafts.of(proposal).map(content -> file(proposal, format, content, write(format, content))));
    }

    private void keep(Proposal proposal, DecisionFormat format, DecisionContent content, byte[] bytes) {
        files.save(file(proposal, format, content, bytes));
    }

    private byte[] write(DecisionFormat format, DecisionContent content) {
        return format == DecisionFormat.DOCX ? docx.write(content) : pdf.write(content);
    }

    private static DecisionFile file(Proposal proposal, DecisionFormat format, DecisionContent content, byte[] bytes) {
        return new DecisionFile(proposal.id(), format, content.fileName() + "." + format.extension(),
                ProvinceClock.now(), bytes);
    }
}
