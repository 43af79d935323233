package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuedPersonNamesTest {
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<EntityMention> mentions(String text) {
    return RECOGNIZER.recognize(text, "");
  }

  private static boolean hasPerson(List<EntityMention> ms, String name) {
    return ms.stream().anyMatch(m -> m.type() == EntityType.PER && m.text().equals(name));
  }

  @Test
  void roleCueWithAttributesIntroducesAnUnknownForeignName() {
    // Fixture (written for Rasd): a role cue, its adjective and a place after إلى, then an invented
    // two-word foreign name ending at a comma; the cue words stay outside the span.
    List<EntityMention> ms = mentions("وصلت المبعوثة الأممية إلى السودان غريتا هولمبرغ، صباح الأحد، إلى الخرطوم.");
    assertThat(hasPerson(ms, "غريتا هولمبرغ")).as(ms.toString()).isTrue();
    assertThat(ms).noneMatch(m -> m.text().contains("المبعوثة"));
  }

  @Test
  void nationalityBeforeANameIsACue() {
    // Fixture: a nationality nisba (of a gazetteer country) before an invented name, which ends
    // at a transliteration in parentheses; the Latin spelling is a mention too.
    List<EntityMention> ms = mentions("وأحرز الأرجنتيني ماتياس فيرنانديث (Matias Fernandez) هدفين في المباراة.");
    assertThat(hasPerson(ms, "ماتياس فيرنانديث")).as(ms.toString()).isTrue();
    assertThat(hasPerson(ms, "Matias Fernandez")).as(ms.toString()).isTrue();
  }

  @Test
  void commonNounsAfterACueAreNoName() {
    // Fixture: a cue followed by a common noun with a feminine ending and a demonstrative phrase:
    // neither is a person.
    List<EntityMention> ms = mentions("وقال المدرب إن زيارة الفريق هذا الموسم كانت مفيدة.");
    assertThat(ms).noneMatch(m -> m.type() == EntityType.PER);
  }

  @Test
  void aTaggedFullNameAfterARankIsKept() {
    // Fixture: a rank and its qualifier ("العميد الركن") before a name whose given name is written
    // with the article and is not in the given-name list; the tagger's two-word name must not be
    // cut to the surname by the cue rule.
    List<EntityMention> ms = mentions("وقال المتحدث باسم الجيش العميد الركن الناصر عبدالودود إن الوضع تحت السيطرة.");
    assertThat(ms).as(ms.toString()).noneMatch(m -> m.type() == EntityType.PER && m.text().equals("عبدالودود"));
  }

  @Test
  void theRolesComplementIsNoName() {
    // Fixture: after "رئيس" the institution ("مجلس أمناء الهيئة") and, after a body, its domain
    // with ل ("لتنسيق البرامج") belong to the role; the person is the name after them.
    List<EntityMention> board = mentions("وقال رئيس مجلس أمناء الهيئة الدكتور رامي العتوم إن القرار نهائي.");
    assertThat(board).as(board.toString()).noneMatch(m -> m.type() == EntityType.PER && m.text().contains("مجلس"));
    List<EntityMention> office = mentions("وقالت المتحدثة باسم مكتب الأمم المتحدة لتنسيق البرامج في تشاد ماري لوبلان إن المساعدات وصلت.");
    assertThat(office).as(office.toString()).noneMatch(m -> m.type() == EntityType.PER && m.text().contains("لتنسيق"));
    assertThat(hasPerson(office, "ماري لوبلان")).as(office.toString()).isTrue();
  }
}
