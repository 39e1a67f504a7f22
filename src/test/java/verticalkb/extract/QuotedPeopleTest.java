package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verticalkb.extract.Extraction.PersonMention;

class QuotedPeopleTest {

  @Test
  void quoteFollowedBySaidNameGivesTitleAndAffiliation() {
    List<PersonMention> people = QuotedPeople.in(
        "“We will open three clinics this year,” said Jane Doe, chief executive of Acme Health. She added more.", List.of());
    assertThat(people).containsExactly(new PersonMention("Jane Doe", "chief executive", "Acme Health", null, null, "quoted"));
  }

  @Test
  void accordingToStripsTheHonorific() {
    List<PersonMention> people = QuotedPeople.in(
        "Waiting lists fell by a third, according to Dr John Smith, director at the Regional Institute.", List.of());
    assertThat(people).containsExactly(new PersonMention("John Smith", "director", "Regional Institute", null, null, "quoted"));
  }

  @Test
  void nameBeforeSaidIsQuotedToo() {
    List<PersonMention> people = QuotedPeople.in(
        "The pilot worked. Maria van der Berg, a nurse at the clinic, said the sessions were popular.\n"
            + "\"It changed everything,\" Tom O’Neill said.", List.of());
    assertThat(people).extracting(PersonMention::name).containsExactlyInAnyOrder("Maria van der Berg", "Tom O’Neill");
    assertThat(people).filteredOn(p -> p.name().equals("Maria van der Berg")).singleElement()
        .satisfies(p -> {
          assertThat(p.jobTitle()).isEqualTo("nurse");
          assertThat(p.affiliation()).isEqualTo("clinic");
        });
  }

  @Test
  void pronounsOrganisationsAndTitlesAloneAreNotPeople() {
    List<PersonMention> people = QuotedPeople.in("""
        “It is too early to tell,” she said. “We disagree,” said Acme Corp. "No comment," said the Health Ministry.
        Officials said the plan was sound. "Later," said Chief Executive. The Department said nothing.
        """, List.of());
    assertThat(people).isEmpty();
  }

  @Test
  void aClauseAfterTheNameIsNotAJobTitle() {
    List<PersonMention> people = QuotedPeople.in(
        "“Yes,” said Jane Doe, who led the pilot for two years.", List.of());
    assertThat(people).containsExactly(new PersonMention("Jane Doe", null, null, null, null, "quoted"));
  }

  @Test
  void theAuthorOfTheBylineIsNotQuoted() {
    String html = HtmlExtractionTest.page("<title>Clinics</title><meta name=\"author\" content=\"Jane Doe\">"
        + "<meta property=\"article:published_time\" content=\"2024-03-05T08:30:00Z\">",
        "<h1>Clinics go online</h1><p class=\"byline\">By Jane Doe</p>" + HtmlExtractionTest.PARAGRAPHS
            + "<p>“It is a turning point for the county,” said Paul Martin, head of nursing at Valley Hospital, "
            + "who ran two of the clinics. Jane Doe said the paper would follow the story.</p>");
    Extraction x = HtmlExtractionTest.html(html);
    assertThat(x.people()).filteredOn(p -> p.role().equals("quoted")).extracting(PersonMention::name)
        .containsExactly("Paul Martin");
    assertThat(x.people()).filteredOn(p -> p.role().equals("author")).extracting(PersonMention::name)
        .containsExactly("Jane Doe");
  }

  @Test
  void aPossessiveNamesTheAffiliation() {
    assertThat(QuotedPeople.in("“It flew,” said Thomas Zurbuchen, NASA's associate administrator.", List.of()))
        .containsExactly(new PersonMention("Thomas Zurbuchen", "associate administrator", "NASA", null, null, "quoted"));
  }

  @Test
  void aSourceWithoutTitleOrHonorificIsNotAPerson() {
    assertThat(QuotedPeople.in("The film earned $40 million, according to Box Office Mojo.", List.of())).isEmpty();
    assertThat(QuotedPeople.in("“Fine,” said Beth Meacham, one of his editors at Tor.", List.of()))
        .containsExactly(new PersonMention("Beth Meacham", null, null, null, null, "quoted"));
  }
}
