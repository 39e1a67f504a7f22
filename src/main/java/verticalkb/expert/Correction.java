package verticalkb.expert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An editor's correction of the directory, re-applied on every rebuild so that it survives recrawls. */
@Entity
@Table(name = "expert_correction")
public class Correction extends PanacheEntityBase {

  public static final String MERGE = "merge", SPLIT = "split", HIDE = "hide", UNHIDE = "unhide", EDIT = "edit";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "vertical_id") public String verticalId;
  public String kind;
  @Column(name = "expert_id") public String expertId;
  /** merge: the record folded into {@code expertId}; split: the new record. */
  @Column(name = "other_id") public String otherId;
  /** edit: JSON of the fields set; split: JSON list of the document ids moved. */
  public String payload;
  @Column(name = "created_by") public String createdBy;
  @Column(name = "created_at") public Instant createdAt;
  public boolean undone;
}
