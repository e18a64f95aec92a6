package org.allteach.files.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.files.FileSizes;
import org.allteach.files.FileStorage;
import org.allteach.files.UploadRules;

/** A form with a photo field, only in tests: the upload field as a feature's form would use it. */
@Route("test/file-upload")
@PageTitle("Upload test · AllTeach")
@PermitAll
class FileUploadTestView extends Main {

    FileUploadTestView(FileStorage storage) {
        addClassName("page");
        TextField title = new TextField("Title");
        FileUploadField photos = new FileUploadField(storage, UploadRules.images(FileSizes.MB), "Photos");
        Div stored = new Div();
        stored.setId("stored-files");
        photos.addValueChangeListener(change -> stored.setText(change.getValue().stream()
                .map(file -> file.id() + ":" + file.displayName()).collect(Collectors.joining(", "))));
        Section card = new Section(new H1("Week 3 update"), title, photos, stored);
        card.addClassName("card");
        add(card);
    }
}
